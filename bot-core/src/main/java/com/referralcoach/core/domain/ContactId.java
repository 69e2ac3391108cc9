package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies a person the rep knows: customer, referrer or lead. */
public record ContactId(String value) {
    public ContactId {
        Ids.requireId(value, "contact id");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
