package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in a rep's relationship with a contact: a problem, a win, a satisfaction score, a birthday, a
 * cadence, a testimonial, a referral given. {@code score} is set for SATISFACTION (0-10), {@code days} for
 * CHECK_IN_CADENCE (1-366), {@code date} for BIRTHDAY, CUSTOMER_SINCE and REFERRAL_MONTH_PLANNED.
 */
public record RelationshipEvent(WorkspaceId workspace, RelationshipEventId id, RepId rep, ContactId contact,
                                RelationshipEventKind kind, Optional<String> note, Optional<Integer> score,
                                Optional<Integer> days, Optional<LocalDate> date, Instant at) {
    public RelationshipEvent {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
        require(score.isPresent() == (kind == RelationshipEventKind.SATISFACTION), "a score goes with SATISFACTION");
        require(score.filter(s -> s < 0 || s > 10).isEmpty(), "a satisfaction score is 0-10");
        require(days.isPresent() == (kind == RelationshipEventKind.CHECK_IN_CADENCE), "days go with a cadence");
        require(days.filter(d -> d < 1 || d > 366).isEmpty(), "a check-in cadence is 1-366 days");
        boolean dated = kind == RelationshipEventKind.BIRTHDAY || kind == RelationshipEventKind.CUSTOMER_SINCE
                || kind == RelationshipEventKind.REFERRAL_MONTH_PLANNED;
        require(date.isPresent() == dated, "a date goes with " + kind);
    }

    /** An event of {@code kind} with only a note (or none). */
    public static RelationshipEvent of(Rep rep, ContactId contact, RelationshipEventKind kind, Optional<String> note,
                                       Instant at) {
        return new RelationshipEvent(rep.workspace(), RelationshipEventId.random(), rep.id(), contact, kind, note,
                Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    public static RelationshipEvent satisfaction(Rep rep, ContactId contact, int score, Instant at) {
        return new RelationshipEvent(rep.workspace(), RelationshipEventId.random(), rep.id(), contact,
                RelationshipEventKind.SATISFACTION, Optional.empty(), Optional.of(score), Optional.empty(),
                Optional.empty(), at);
    }

    public static RelationshipEvent cadence(Rep rep, ContactId contact, int days, Instant at) {
        return new RelationshipEvent(rep.workspace(), RelationshipEventId.random(), rep.id(), contact,
                RelationshipEventKind.CHECK_IN_CADENCE, Optional.empty(), Optional.empty(), Optional.of(days),
                Optional.empty(), at);
    }

    public static RelationshipEvent dated(Rep rep, ContactId contact, RelationshipEventKind kind, LocalDate date,
                                          Instant at) {
        return new RelationshipEvent(rep.workspace(), RelationshipEventId.random(), rep.id(), contact, kind,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(date), at);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ReferralCoachException(message);
        }
    }
}
