package com.referralcoach.core.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identifies a person the rep knows: customer, referrer or lead. */
public record ContactId(String value) {
    public ContactId {
        Ids.requireId(value, "contact id");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    /**
     * The id the first person of a name gets in a workspace, the same in every process, so two reps naming a new
     * person at the same moment make one contact, not two that can never be told apart.
     */
    public static ContactId firstOfName(WorkspaceId workspace, String nameKey) {
        return new ContactId(UUID.nameUUIDFromBytes((workspace.value() + "\n" + nameKey)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
