package com.referralcoach.core.contactfile;

import java.util.Objects;

/** One row of a CSV file or one card of a vCard file: a person, or a row that could not be read and why. */
public sealed interface FileRow {
    /** Where the row is: "line 17" of a CSV file, "card 3" of a vCard file. */
    String place();

    /** A readable person. */
    record Person(String place, PersonDetails details) implements FileRow {
        public Person {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(details, "details");
        }
    }

    /** A row that names no one or holds a value the bot cannot keep, with the reason ("no name"). */
    record Unreadable(String place, String reason) implements FileRow {
        public Unreadable {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
