package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A meeting or call with a contact; its end is when the referral ask is due. */
public record Meeting(WorkspaceId workspace, MeetingId id, RepId rep, ContactId contact, Optional<String> topic,
                      Optional<Instant> startsAt, Instant endsAt, Instant loggedAt) {
    public Meeting {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(loggedAt, "loggedAt");
    }

    public boolean isOverAt(Instant now) {
        return !endsAt.isAfter(now);
    }
}
