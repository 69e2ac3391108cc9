package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spreads one rep's people over the working days left in a month, a few a day, each with a "help first,
 * then ask" reminder. Per rep, so a manager's team campaign (with the roles issue) can call it for each rep.
 */
final class ReferralMonthPlan {
    /** How it came out: the people planned, the working days used, how many a day, the first day. */
    record Outcome(int people, int days, int perDay, LocalDate first) {
    }

    private final RelationshipLog log;
    private final RelationshipPlanner planner;

    ReferralMonthPlan(RelationshipLog log, RelationshipPlanner planner) {
        this.log = log;
        this.planner = planner;
    }

    /** The working days of {@code month} from today on, in the rep's zone and work days. */
    static List<LocalDate> workingDays(Rep rep, YearMonth month, Instant now) {
        LocalDate today = now.atZone(rep.zone()).toLocalDate();
        LocalDate from = month.atDay(1).isBefore(today) ? today : month.atDay(1);
        return Stream.iterate(from, d -> !d.isAfter(month.atEndOfMonth()), d -> d.plusDays(1))
                .filter(d -> rep.hours().isWorkDay(d.getDayOfWeek())).toList();
    }

    Outcome plan(Rep rep, YearMonth month, List<Contact> people, Instant now) {
        List<LocalDate> days = workingDays(rep, month, now);
        if (days.isEmpty() || people.isEmpty()) {
            return new Outcome(0, days.size(), 0, month.atDay(1));
        }
        int perDay = (people.size() + days.size() - 1) / days.size();
        for (int i = 0; i < people.size(); i++) {
            LocalDate day = days.get(Math.min(days.size() - 1, i / perDay));
            Contact person = people.get(i);
            planner.referralMonthDay(rep, person.id(), day, now);
            log.save(RelationshipEvent.dated(rep, person.id(), RelationshipEventKind.REFERRAL_MONTH_PLANNED, day,
                    now));
        }
        return new Outcome(people.size(), (people.size() + perDay - 1) / perDay, perDay, days.get(0));
    }
}
