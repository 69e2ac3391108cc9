package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies one stored relationship event. */
public record RelationshipEventId(String value) {
    public RelationshipEventId {
        Ids.requireId(value, "relationship event id");
    }

    public static RelationshipEventId random() {
        return new RelationshipEventId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
