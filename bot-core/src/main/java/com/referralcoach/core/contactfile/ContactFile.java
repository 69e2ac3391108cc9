package com.referralcoach.core.contactfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of people a rep handed in: its name as they know it and a way to read its bytes, again when the import
 * that follows its preview reads it a second time. Any platform makes one: from a path, a download, or bytes.
 */
public record ContactFile(String name, Source source) {
    /** Opens the file's bytes from the start; each call a new stream, which the caller closes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public ContactFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    public static ContactFile of(String name, byte[] bytes) {
        byte[] kept = bytes.clone();
        return new ContactFile(name, () -> new ByteArrayInputStream(kept));
    }

    public static ContactFile of(Path path) {
        return new ContactFile(path.getFileName().toString(), () -> Files.newInputStream(path));
    }
}
