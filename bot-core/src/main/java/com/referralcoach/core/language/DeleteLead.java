package com.referralcoach.core.language;

import java.util.Objects;

/** "delete lead Tom Lee": the rep's referral of this lead was a mistake; the person stays a contact. */
public record DeleteLead(PersonRef lead) implements Command {
    public DeleteLead {
        Objects.requireNonNull(lead, "lead");
    }
}
