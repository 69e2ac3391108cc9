package com.referralcoach.app.console;

import com.referralcoach.core.reply.Attachment;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The folder where the terminal keeps what the bot posts with a message: each file new, none overwritten. */
final class AttachmentFolder {
    private static final int MOST_COPIES = 10_000;

    private final Path folder;

    AttachmentFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Writes the attachment under its own name, or "name-2.png", "name-3.png"... if that is taken. */
    Path save(Attachment attachment) throws IOException {
        Files.createDirectories(folder);
        String name = safeName(attachment.fileName());
        byte[] bytes = attachment.bytes();
        for (int copy = 1; copy <= MOST_COPIES; copy++) {
            Path file = folder.resolve(copy == 1 ? name : numbered(name, copy));
            try {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        throw new IOException(MOST_COPIES + " files named like " + name + " already exist in " + folder);
    }

    /** The name without leading dots, so ".." or ".hidden" stays a plain, visible file in the folder. */
    private static String safeName(String fileName) {
        String name = fileName.replaceFirst("^\\.+", "");
        return name.isEmpty() ? "attachment" : name;
    }

    private static String numbered(String name, int copy) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + copy + name.substring(dot) : name + "-" + copy;
    }
}
