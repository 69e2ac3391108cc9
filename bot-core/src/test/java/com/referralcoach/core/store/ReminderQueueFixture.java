package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reminders and instants the reminder queue contracts share; the queue under test reads {@link #clock}. */
public abstract class ReminderQueueFixture {
    protected static final Instant BASE = Instant.parse("2026-11-23T09:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(5);
    protected static final String A = "dispatcher-a";
    protected static final String B = "dispatcher-b";

    protected final TestClock clock = new TestClock(BASE);

    protected abstract ReminderQueue queue();

    protected static Instant at(long minutes) {
        return BASE.plus(Duration.ofMinutes(minutes));
    }

    protected static Reminder reminder(WorkspaceId workspace, RepId rep, String seed, Instant dueAt) {
        return Reminder.pending(workspace, ReminderId.of(workspace + "/" + seed), rep, ReminderKind.THANK_REFERRER,
                Optional.of(new ContactId("C-JANE")), Optional.empty(), Optional.empty(), dueAt, BASE);
    }

    protected Reminder scheduled(String seed, Instant dueAt) {
        return scheduled(reminder(ACME, ANA, seed, dueAt));
    }

    protected Reminder scheduled(Reminder reminder) {
        queue().schedule(reminder);
        return reminder;
    }

    protected List<ReminderId> claim(Instant now, String owner, int max) {
        return queue().claimDue(now, owner, LEASE, max).stream().map(Reminder::id).toList();
    }

    protected Reminder stored(Reminder reminder) {
        return queue().find(reminder.workspace(), reminder.id()).orElseThrow();
    }
}
