package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkingHours;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reply.Reply;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a team's weekly digest from the tallies, each figure for the period it names: the week just ended in the
 * team's zone, per rep and for the team, against weekly goals; monthly goals in the month that week ends in (up to
 * now, or whole once it ended); business won and referral month campaigns for each month from the one the week began
 * in to this one (whole months once ended, this one so far); the last 12 weeks for the chart. Reads only the members'
 * tallies for those weeks and months, never the team's history.
 */
public final class DigestBuilder {
    static final int TREND_WEEKS = 12;
    private final RepRoster roster;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final GoalBook goalBook;
    private final ActivityTally tallies;

    public DigestBuilder(RepRoster roster, ContactBook contacts, ReferralLedger referrals, GoalBook goalBook,
                         ActivityTally tallies) {
        this.roster = roster;
        this.contacts = contacts;
        this.referrals = referrals;
        this.goalBook = goalBook;
        this.tallies = tallies;
    }

    /** Wired with the ports a digest reads. */
    public static DigestBuilder over(CoachStore store) {
        return new DigestBuilder(store.reps(), store.contacts(), store.referrals(), store.goals(), store.tallies());
    }

    public DigestReport build(Team team, Instant now) {
        Period week = Period.weekJustEnded(now, team.zone());
        Period month = new Period(GoalPeriod.MONTH, week.next().minusDays(1), team.zone());
        List<Period> months = monthsSince(week, now, team);
        Instant trendStart = week.start().atZone(team.zone()).minusWeeks(TREND_WEEKS - 1L).toInstant();
        Instant from = trendStart.isBefore(months.get(0).start()) ? trendStart : months.get(0).start();
        List<Rep> reps = members(team, now);
        List<RepId> ids = reps.stream().map(Rep::id).toList();
        // Up to now means everything logged by now: the tallies of the slot holding now count too.
        Instant counted = Tally.slotOf(now).plus(Tally.SLOT);
        Scoreboard board = new Scoreboard(tallies.read(team.workspace(), ids, from, counted));
        Map<RepId, Counts> weekly = board.perRep(ids, week.start(), week.end());
        Map<RepId, Counts> monthly = board.perRep(ids, month.start(), month.endUpTo(counted));
        List<GoalOwner> owners = new ArrayList<>(ids.stream().map(GoalOwner::rep).toList());
        owners.add(GoalOwner.team(team));
        Map<GoalOwner, List<Goal>> goals = goalBook.ofAll(team.workspace(), owners).stream()
                .collect(Collectors.groupingBy(Goal::owner));
        DigestText text = new DigestText(team, week, now);
        List<GoalBar> bars = new ArrayList<>();
        for (Rep rep : reps) {
            List<GoalProgress> progress = progress(goals.getOrDefault(GoalOwner.rep(rep.id()), List.of()), week,
                    month, weekly.get(rep.id()), monthly.get(rep.id()), new Pace(rep.hours()), rep.joinedAt(), now);
            text.rep(rep.displayName(), weekly.get(rep.id()), progress);
            progress.stream().filter(GoalProgress::counted).forEach(p -> bars.add(new GoalBar(rep.displayName(),
                    p.goal().metric().label() + "/" + barPeriod(p), p.done(), Math.max(p.target(), 1))));
        }
        Counts teamWeek = board.total(ids, week.start(), week.end());
        text.team(teamWeek, progress(goals.getOrDefault(GoalOwner.team(team), List.of()), week, month,
                teamWeek, board.total(ids, month.start(), month.endUpTo(counted)), new Pace(WorkingHours.DEFAULT),
                Instant.EPOCH, now));
        for (Period m : months) {
            text.business(m, board.total(ids, m.start(), m.endUpTo(counted)));
        }
        for (Period m : months) {
            referralMonth(text, m, !now.isBefore(m.end()), board.total(ids, m.start(), m.endUpTo(counted)),
                    board.perRep(ids, m.start(), m.endUpTo(counted)), reps);
        }
        text.leaders(best(reps, weekly));
        text.waiting(referrals.waitingForContact(team.workspace(), ids, 5), contacts, reps);
        return new DigestReport(team.name(), week, text.reply(), bars, trend(board, ids, week, team));
    }

    /** "week" for the week the chart is titled with, the month's short name ("Nov") for a monthly goal. */
    private static String barPeriod(GoalProgress progress) {
        return progress.goal().period() == GoalPeriod.WEEK ? "week"
                : progress.period().first().format(DateTimeFormatter.ofPattern("MMM", Locale.US));
    }

    /** The months from the one {@code week} began in to the one holding {@code now}, oldest first. */
    private static List<Period> monthsSince(Period week, Instant now, Team team) {
        List<Period> months = new ArrayList<>();
        Period thisMonth = Period.holding(GoalPeriod.MONTH, now, team.zone());
        for (Period m = Period.holding(GoalPeriod.MONTH, week.start(), team.zone());
             !m.first().isAfter(thisMonth.first()); m = new Period(GoalPeriod.MONTH, m.next(), team.zone())) {
            months.add(m);
        }
        return months;
    }

    private static void referralMonth(DigestText text, Period month, boolean ended, Counts team,
                                      Map<RepId, Counts> perRep, List<Rep> reps) {
        text.referralMonth(month, ended, CampaignProgress.of(team), reps.stream()
                .filter(r -> CampaignProgress.of(perRep.get(r.id())).isRunning())
                .map(r -> r.displayName() + " " + CampaignProgress.of(perRep.get(r.id())).ratio()).toList());
    }

    private List<Rep> members(Team team, Instant now) {
        return team.members().stream()
                .map(id -> roster.find(team.workspace(), id).orElseGet(() -> new Rep(team.workspace(), id,
                        "@" + id.value(), team.zone(), Optional.empty(), Instant.EPOCH)))
                .sorted(Comparator.comparing((Rep r) -> r.displayName().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(r -> r.id().value()))
                .toList();
    }

    private static List<GoalProgress> progress(List<Goal> goals, Period week, Period month, Counts weekCounts,
                                               Counts monthCounts, Pace pace, Instant joined, Instant now) {
        return goals.stream().sorted(Comparator.comparing(Goal::metric)).map(goal -> goal.period() == GoalPeriod.WEEK
                        ? GoalProgress.of(goal, week, weekCounts.of(goal.metric().counts()), pace, joined, now)
                        : GoalProgress.of(goal, month, monthCounts.of(goal.metric().counts()), pace, joined, now))
                .toList();
    }

    private static Leaders best(List<Rep> reps, Map<RepId, Counts> weekly) {
        Optional<Rep> bestRate = reps.stream().filter(r -> weekly.get(r.id()).askRate().isPresent())
                .max(Comparator.comparingDouble((Rep r) -> weekly.get(r.id()).askRate().orElse(0.0))
                        .thenComparingLong(r -> weekly.get(r.id()).of(ActivityKind.ASK_MADE)));
        Optional<Rep> mostReferrals = reps.stream().filter(r -> weekly.get(r.id()).of(ActivityKind.REFERRAL_RECEIVED) > 0)
                .max(Comparator.comparingLong(r -> weekly.get(r.id()).of(ActivityKind.REFERRAL_RECEIVED)));
        return new Leaders(bestRate.map(r -> r.displayName() + " ("
                        + RepLine.percent(weekly.get(r.id()).askRate().orElse(0.0)) + ")"),
                mostReferrals.map(r -> r.displayName() + " (" + weekly.get(r.id()).of(ActivityKind.REFERRAL_RECEIVED)
                        + ")"));
    }

    private static List<TrendPoint> trend(Scoreboard board, List<RepId> ids, Period week, Team team) {
        List<TrendPoint> points = new ArrayList<>();
        Period p = week;
        for (int i = 0; i < TREND_WEEKS; i++) {
            Counts c = board.total(ids, p.start(), p.end());
            points.add(0, new TrendPoint(p.first(), c.of(ActivityKind.ASK_MADE), c.of(ActivityKind.REFERRAL_RECEIVED),
                    c.of(ActivityKind.MEETING_ENDED)));
            p = p.previous();
        }
        return points;
    }

    /** Who led the week: best ask rate and most referrals, as "Name (figure)". */
    record Leaders(Optional<String> bestAskRate, Optional<String> mostReferrals) {
    }
}
