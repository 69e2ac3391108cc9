package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.reminders.RelationshipPlanner;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a contact's check-in planned: after any touch, the next check-in is a cadence after it (a first touch
 * still to come counts from now). The reminder itself decides at delivery whether it is still due.
 */
final class CheckIns {
    private final Relationships relationships;
    private final RelationshipPlanner planner;

    CheckIns(Relationships relationships, RelationshipPlanner planner) {
        this.relationships = relationships;
        this.planner = planner;
    }

    /** Plans the check-in from where the rep stands with {@code person} now, and returns that standing. */
    Relationship keepUp(Conversation c, Contact person) {
        Relationship r = relationships.of(c.rep().id(), person, c.instant());
        plan(c, person, r);
        return r;
    }

    /**
     * Where the rep stands with {@code person}, {@code meeting} counted though not saved yet: a handler that reads
     * before it writes has all its reads answered by the store's read-ahead. Plan the check-in with {@link #plan}.
     */
    Relationship standing(Conversation c, Contact person, Meeting meeting) {
        return relationships.of(c.rep().id(), person, c.instant()).with(meeting);
    }

    /** Plans the check-in a cadence after the last touch of {@code standing}. */
    void plan(Conversation c, Contact person, Relationship standing) {
        Instant due = standing.checkInDue().orElseGet(() -> c.instant().plus(Duration.ofDays(standing.cadenceDays())));
        planner.checkIn(c.rep(), person.id(), due, c.instant());
    }
}
