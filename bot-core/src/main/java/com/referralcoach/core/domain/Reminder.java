package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the bot will say on its own to one rep at {@code dueAt}: the subject is named by ids only,
 * and what it says is worked out when it is delivered, from what is true then.
 */
public record Reminder(WorkspaceId workspace, ReminderId id, RepId rep, ReminderKind kind,
                       Optional<ContactId> contact, Optional<MeetingId> meeting, Optional<ReferralId> referral,
                       Instant dueAt, ReminderStatus status, int attempts, Optional<String> lastError,
                       Instant createdAt, Optional<Instant> sentAt) {
    public Reminder {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A new pending reminder. */
    public static Reminder pending(WorkspaceId workspace, ReminderId id, RepId rep, ReminderKind kind,
                                   Optional<ContactId> contact, Optional<MeetingId> meeting,
                                   Optional<ReferralId> referral, Instant dueAt, Instant now) {
        return new Reminder(workspace, id, rep, kind, contact, meeting, referral, dueAt, ReminderStatus.PENDING, 0,
                Optional.empty(), now, Optional.empty());
    }
}
