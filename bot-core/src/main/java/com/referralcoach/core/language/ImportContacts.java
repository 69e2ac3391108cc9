package com.referralcoach.core.language;

import java.util.Objects;

/**
 * "import Connections.csv": preview a file of contacts (what is new, known, unreadable) and ask before importing;
 * {@code file} is how the rep's platform finds it again (a path in the terminal, a file's id elsewhere).
 */
public record ImportContacts(String file) implements Command {
    public ImportContacts {
        Objects.requireNonNull(file, "file");
        if (file.isBlank()) {
            throw new IllegalArgumentException("an import names a file");
        }
    }
}
