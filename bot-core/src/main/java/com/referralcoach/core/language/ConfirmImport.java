package com.referralcoach.core.language;

import java.util.Objects;

/**
 * The "yes" to an import's preview: import {@code file}, provided its bytes are still those previewed (their SHA-256,
 * hex) and it has {@code rows} rows, as the preview counted.
 */
public record ConfirmImport(String file, String sha256, int rows) implements Command {
    public ConfirmImport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        if (rows < 0) {
            throw new IllegalArgumentException("rows are 0 or more");
        }
    }
}
