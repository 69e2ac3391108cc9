package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reminders.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts what reps do for goals and digests, right after the thing itself is saved. A count that can't be
 * written is logged and skipped: the rep's record is already safe, and a resend would duplicate it.
 */
final class Scorekeeper {
    private static final Logger log = LoggerFactory.getLogger(Scorekeeper.class);
    private static final Duration SPEED_TO_LEAD = Duration.ofHours(1);

    private final ActivityTally tally;

    Scorekeeper(ActivityTally tally) {
        this.tally = tally;
    }

    void count(Rep rep, ActivityKind kind, Instant at) {
        record(new Activity(rep.workspace(), rep.id(), kind, at, Optional.empty()));
    }

    /** A lead moved on: the first move out of NEW within 1 working hour counts for speed to lead; a win counts. */
    void leadMoved(Rep rep, Referral before, Referral after, Instant now) {
        if (before.stage() == LeadStage.NEW && after.stage() != LeadStage.NEW && after.stage() != LeadStage.LOST
                && !now.isAfter(new WorkingTime(rep.zone(), rep.hours()).plusWorking(before.receivedAt(), SPEED_TO_LEAD))) {
            count(rep, ActivityKind.LEAD_CONTACTED_IN_TIME, before.receivedAt());
        }
        if (after.stage() == LeadStage.WON) {
            business(rep, BusinessSource.REFERRAL, after.wonAmount(), now);
        }
    }

    /** Business won: counted as a win, and as a win from a referral when it came from one. */
    void business(Rep rep, BusinessSource source, Optional<Money> amount, Instant at) {
        wins(rep, source, amount, at).forEach(this::record);
    }

    /** What won business counts as: a win, and a win from a referral when it came from one. */
    static java.util.List<Activity> wins(Rep rep, BusinessSource source, Optional<Money> amount, Instant at) {
        Activity won = new Activity(rep.workspace(), rep.id(), ActivityKind.LEAD_WON, at, amount);
        return switch (source) {
            case REFERRAL -> java.util.List.of(won, new Activity(rep.workspace(), rep.id(),
                    ActivityKind.WON_FROM_REFERRAL, at, amount));
            case REPEAT -> java.util.List.of(won, new Activity(rep.workspace(), rep.id(), ActivityKind.WON_FROM_REPEAT,
                    at, amount));
            case OTHER -> java.util.List.of(won);
        };
    }

    /** What logging {@code meeting} counted: the meeting, when it ends. */
    static java.util.List<Activity> counted(Rep rep, com.referralcoach.core.domain.Meeting meeting) {
        return java.util.List.of(Activity.of(rep.workspace(), rep.id(), ActivityKind.MEETING_ENDED, meeting.endsAt()));
    }

    /**
     * What {@code referral} counted as it came in and moved on: the lead received, contacted in time when its first
     * move out of NEW was within 1 working hour (by the rep's hours now), and its win with the amount it holds.
     */
    static java.util.List<Activity> counted(Rep rep, Referral referral) {
        java.util.List<Activity> counted = new java.util.ArrayList<>();
        counted.add(Activity.of(rep.workspace(), rep.id(), ActivityKind.REFERRAL_RECEIVED, referral.receivedAt()));
        referral.history().stream().filter(change -> change.stage() != LeadStage.NEW).findFirst()
                .filter(first -> first.stage() != LeadStage.LOST && !first.at().isAfter(
                        new WorkingTime(rep.zone(), rep.hours()).plusWorking(referral.receivedAt(), SPEED_TO_LEAD)))
                .ifPresent(first -> counted.add(Activity.of(rep.workspace(), rep.id(),
                        ActivityKind.LEAD_CONTACTED_IN_TIME, referral.receivedAt())));
        referral.history().stream().filter(change -> change.stage() == LeadStage.WON).findFirst()
                .ifPresent(win -> counted.addAll(wins(rep, BusinessSource.REFERRAL, referral.wonAmount(), win.at())));
        return counted;
    }

    private void record(Activity activity) {
        try {
            tally.record(activity);
        } catch (RuntimeException e) {
            log.warn("Could not count {} for rep {} in workspace {}", activity.kind(), activity.rep(),
                    activity.workspace(), e);
        }
    }
}
