package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spreads one rep's people over the working days left in a month, a few a day, each with a "help first,
 * then ask" reminder. People already in that month's campaign keep their day, so starting it twice (the rep,
 * then their manager for the team) plans nobody twice. Each person planned counts for the progress figures.
 */
final class ReferralMonthPlan {
    /** How it came out: the people newly planned, the working days used, how many a day, the first day. */
    record Outcome(int people, int days, int perDay, LocalDate first, int alreadyPlanned) {
    }

    private final RelationshipLog log;
    private final RelationshipPlanner planner;
    private final Scorekeeper score;

    ReferralMonthPlan(RelationshipLog log, RelationshipPlanner planner, Scorekeeper score) {
        this.log = log;
        this.planner = planner;
        this.score = score;
    }

    /** The working days of {@code month} from today on, in the rep's zone and work days. */
    static List<LocalDate> workingDays(Rep rep, YearMonth month, Instant now) {
        LocalDate today = now.atZone(rep.zone()).toLocalDate();
        LocalDate from = month.atDay(1).isBefore(today) ? today : month.atDay(1);
        return Stream.iterate(from, d -> !d.isAfter(month.atEndOfMonth()), d -> d.plusDays(1))
                .filter(d -> rep.hours().isWorkDay(d.getDayOfWeek())).toList();
    }

    Outcome plan(Rep rep, YearMonth month, List<Contact> people, Instant now) {
        Set<ContactId> already = plannedIn(rep, month);
        Set<ContactId> first = firstToPlan(rep);
        // connectors and business owners first: they bring the most introductions, and owners' go both ways
        List<Contact> fresh = people.stream().filter(p -> !already.contains(p.id()))
                .sorted(java.util.Comparator.comparing(p -> !first.contains(p.id()))).toList();
        List<LocalDate> days = workingDays(rep, month, now);
        if (days.isEmpty() || fresh.isEmpty()) {
            return new Outcome(0, days.size(), 0, days.isEmpty() ? month.atDay(1) : days.get(0), already.size());
        }
        int perDay = (fresh.size() + days.size() - 1) / days.size();
        Instant counted = counted(rep, days.get(0), now);
        for (int i = 0; i < fresh.size(); i++) {
            LocalDate day = days.get(Math.min(days.size() - 1, i / perDay));
            Contact person = fresh.get(i);
            planner.referralMonthDay(rep, person.id(), day, now);
            log.save(RelationshipEvent.dated(rep, person.id(), RelationshipEventKind.REFERRAL_MONTH_PLANNED, day,
                    now));
            score.count(rep, ActivityKind.REFERRAL_MONTH_PLANNED, counted);
        }
        return new Outcome(fresh.size(), (fresh.size() + perDay - 1) / perDay, perDay, days.get(0), already.size());
    }

    /** Connectors and business owners, who open the campaign. */
    private Set<ContactId> firstToPlan(Rep rep) {
        return log.ofRep(rep.workspace(), rep.id()).stream()
                .filter(e -> e.kind() == RelationshipEventKind.CONNECTOR
                        || e.kind() == RelationshipEventKind.BUSINESS_OWNER)
                .map(RelationshipEvent::contact).collect(Collectors.toSet());
    }

    /** The people already in the rep's campaign for {@code month}. */
    Set<ContactId> plannedIn(Rep rep, YearMonth month) {
        return log.ofRep(rep.workspace(), rep.id()).stream()
                .filter(e -> e.kind() == RelationshipEventKind.REFERRAL_MONTH_PLANNED)
                .filter(e -> e.date().map(YearMonth::from).filter(month::equals).isPresent())
                .map(RelationshipEvent::contact).collect(Collectors.toSet());
    }

    /** Now, or noon of the campaign's first day when it starts in a later month, so that month's figures hold it. */
    private static Instant counted(Rep rep, LocalDate first, Instant now) {
        boolean later = YearMonth.from(first).isAfter(YearMonth.from(now.atZone(rep.zone())));
        return later ? first.atTime(12, 0).atZone(rep.zone()).toInstant() : now;
    }
}
