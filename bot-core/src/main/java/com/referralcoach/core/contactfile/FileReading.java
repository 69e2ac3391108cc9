package com.referralcoach.core.contactfile;

import java.util.Objects;

/** How reading a whole file went: every row was handed on, or the file was refused with a reason for the rep. */
public sealed interface FileReading {
    /** The file was read to its end; {@code rows} rows or cards were handed on. */
    record Read(int rows) implements FileReading {
    }

    /** The file can't be imported; {@code reason} says why in the rep's words ("Connections.csv is empty."). */
    record Refused(String reason) implements FileReading, FileCheck {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
