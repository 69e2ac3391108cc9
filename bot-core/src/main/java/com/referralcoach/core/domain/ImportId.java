package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies one contact import: everything it wrote carries it until the import is complete. */
public record ImportId(String value) {
    public ImportId {
        Ids.requireId(value, "import id");
    }

    public static ImportId random() {
        return new ImportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
