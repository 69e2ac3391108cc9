package com.referralcoach.core.export;

import com.referralcoach.core.port.ExportFiles.FileContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An export written to a temporary file for a platform to upload, at most {@code mostBytes} (the platform's limit):
 * a bigger one stops while it is written and fails with {@link TooBig}. Closing deletes the file.
 */
public final class SpooledExport implements AutoCloseable {
    private final Path file;
    private final long size;

    private SpooledExport(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    public static SpooledExport write(FileContent content, long mostBytes) throws IOException {
        Path part = Files.createTempFile("referral-coach-export-", ".part");
        try {
            CappedOutput capped = new CappedOutput(Files.newOutputStream(part), mostBytes);
            try (capped) {
                content.writeTo(capped);
            } catch (IOException e) {
                if (capped.full()) {
                    throw new TooBig(mostBytes, e);
                }
                throw e;
            }
            return new SpooledExport(part, Files.size(part));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure reported is the first one
        }
    }

    /** The export came to more than the platform takes. */
    public static final class TooBig extends IOException {
        private final long mostBytes;

        TooBig(long mostBytes, IOException cause) {
            super("the export is larger than " + mostBytes + " bytes", cause);
            this.mostBytes = mostBytes;
        }

        public long mostBytes() {
            return mostBytes;
        }
    }
}
