package com.referralcoach.store.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens the journal's file; tests pass one whose writes or forces fail on demand (a full disk, a failing device). */
@FunctionalInterface
interface JournalChannels {
    /** The real file, read and written in place. */
    JournalChannels FILES = file -> FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);

    FileChannel open(Path file) throws IOException;
}
