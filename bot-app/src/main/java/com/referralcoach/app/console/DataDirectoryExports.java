package com.referralcoach.app.console;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ExportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The terminal's exports: written under the data directory's {@code exports/} folder, first to a hidden part file
 * (streamed, never held in memory), then moved to their own name, or "name-2.zip", "name-3.zip"... so none is
 * overwritten and none is seen half written. The rep reads the path.
 */
public final class DataDirectoryExports implements ExportFiles {
    private static final int MOST_COPIES = 10_000;

    private final Path folder;

    public DataDirectoryExports(Path dataDirectory) {
        this.folder = dataDirectory.resolve("exports").toAbsolutePath().normalize();
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return ConsoleChat.WORKSPACE.equals(workspace);
    }

    @Override
    public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, ".export-", ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                content.writeTo(out);
            }
            return "Saved to " + moveToFreeName(part, fileName.replaceFirst("^\\.+", ""));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw new ReferralCoachException("could not save it under " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    private Path moveToFreeName(Path part, String name) throws IOException {
        for (int copy = 1; copy <= MOST_COPIES; copy++) {
            Path file = folder.resolve(copy == 1 ? name : numbered(name, copy));
            try {
                return Files.move(part, file);
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
        throw new IOException(MOST_COPIES + " files named like " + name + " already exist");
    }

    private static String numbered(String name, int copy) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + copy + name.substring(dot) : name + "-" + copy;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure reported is the first one
        }
    }
}
