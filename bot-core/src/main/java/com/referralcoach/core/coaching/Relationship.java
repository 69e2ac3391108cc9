package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a rep stands with one contact, read from what was logged: an open problem, the fix and the good
 * experiences since, wins, scores, the check-in cadence, dates, endorsements. Lists are most recent first; the
 * meetings and asks are the latest few ({@link Relationships}).
 */
public record Relationship(List<RelationshipEvent> events, List<Meeting> meetings, List<Ask> asks, Instant now) {
    /** Customers are checked in with every 90 days, connectors every 30. */
    public static final int CUSTOMER_CADENCE_DAYS = 90;
    public static final int CONNECTOR_CADENCE_DAYS = 30;
    /** Good experiences after a fix before the next ask. */
    public static final int POSITIVES_AFTER_FIX = 2;
    /** Interactions before an ask rather than the gentler "build the relationship first". */
    public static final int TRUST_INTERACTIONS = 2;
    /** Meetings closer together than this are one occasion, not several good experiences. */
    public static final java.time.Duration ONE_OCCASION = java.time.Duration.ofHours(12);

    public Relationship {
        events = events.stream().filter(e -> !e.at().isAfter(now)).toList();
        meetings = meetings.stream().filter(m -> !m.endsAt().isAfter(now)).toList();
        asks = List.copyOf(asks);
    }

    /** This standing with {@code meeting} logged too, in its place among the meetings (latest end first). */
    public Relationship with(Meeting meeting) {
        List<Meeting> all = new java.util.ArrayList<>(meetings.stream()
                .filter(m -> !m.id().equals(meeting.id())).toList());
        all.add(meeting);
        all.sort(java.util.Comparator.comparing(Meeting::endsAt)
                .thenComparing(m -> m.id().value()).reversed());
        return new Relationship(events, all, asks, now);
    }

    public Optional<RelationshipEvent> latest(RelationshipEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    /** The problem opened and not fixed since, if any. */
    public Optional<RelationshipEvent> openProblem() {
        Optional<RelationshipEvent> opened = latest(RelationshipEventKind.PROBLEM_OPENED);
        Optional<Instant> fixed = latest(RelationshipEventKind.PROBLEM_FIXED).map(RelationshipEvent::at);
        return opened.filter(o -> fixed.isEmpty() || o.at().isAfter(fixed.get()));
    }

    /** When the last problem was fixed, while the customer has had fewer than two good experiences since. */
    public Optional<Instant> recoveringSince() {
        return openProblem().isPresent() ? Optional.empty()
                : latest(RelationshipEventKind.PROBLEM_FIXED).map(RelationshipEvent::at)
                .filter(fix -> positivesSince(fix) < POSITIVES_AFTER_FIX);
    }

    /** Meetings, wins and satisfaction scores of 8 or more after {@code since}. */
    public long positivesSince(Instant since) {
        long good = meetings.stream().filter(m -> m.endsAt().isAfter(since)).count();
        return good + events.stream().filter(e -> !e.at().isBefore(since)).filter(e ->
                e.kind() == RelationshipEventKind.WIN || e.score().filter(s -> s >= 8).isPresent()).count();
    }

    /**
     * The experiences trust grows from: meetings on different occasions (two in the same few hours are one), wins,
     * satisfaction scores and projects delivered.
     */
    public long interactions() {
        long occasions = 0;
        Instant last = null;
        for (Instant end : meetings.stream().map(Meeting::endsAt).sorted().toList()) {
            if (last == null || !end.isBefore(last.plus(ONE_OCCASION))) {
                occasions++;
                last = end;
            }
        }
        return occasions + events.stream().filter(e -> e.kind() == RelationshipEventKind.WIN
                || e.kind() == RelationshipEventKind.SATISFACTION
                || e.kind() == RelationshipEventKind.PROJECT_DELIVERED).count();
    }

    /** Enough trust for an ask: a few good experiences, or a first project delivered. */
    public boolean trusted() {
        return interactions() >= TRUST_INTERACTIONS || latest(RelationshipEventKind.PROJECT_DELIVERED).isPresent()
                || isColleague();
    }

    /** A customer for a quarter or more: trust built before anything was logged here. */
    public boolean longStandingCustomer() {
        LocalDate quarterAgo = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(CUSTOMER_CADENCE_DAYS);
        return customerSince().filter(since -> !since.isAfter(quarterAgo)).isPresent();
    }

    public boolean everAsked() {
        return asks.stream().anyMatch(a -> a.outcome().wasAsked());
    }

    public boolean ownsABusiness() {
        return latest(RelationshipEventKind.BUSINESS_OWNER).isPresent();
    }

    /** A colleague or a former one: an advocate who knows the rep's work, not a customer. */
    public boolean isColleague() {
        return latest(RelationshipEventKind.COLLEAGUE).isPresent();
    }

    public boolean isFormerColleague() {
        return latest(RelationshipEventKind.COLLEAGUE).flatMap(RelationshipEvent::note).filter("former"::equals)
                .isPresent();
    }

    public boolean isConnector() {
        return latest(RelationshipEventKind.CONNECTOR).isPresent();
    }

    public int cadenceDays() {
        return latest(RelationshipEventKind.CHECK_IN_CADENCE).flatMap(RelationshipEvent::days)
                .orElse(isConnector() ? CONNECTOR_CADENCE_DAYS : CUSTOMER_CADENCE_DAYS);
    }

    /** The last time the rep was in touch: a meeting, an ask, or anything logged with the person. */
    public Optional<Instant> lastTouch() {
        return Stream.of(meetings.stream().map(Meeting::endsAt), asks.stream().map(Ask::at),
                        events.stream().filter(e -> e.kind().isInteraction()).map(RelationshipEvent::at))
                .flatMap(s -> s).max(Comparator.naturalOrder());
    }

    /** When a check-in is due: a cadence after the last touch or the last check-in prompt. */
    public Optional<Instant> checkInDue() {
        Optional<Instant> prompted = latest(RelationshipEventKind.CHECK_IN_PROMPTED).map(RelationshipEvent::at);
        return Stream.concat(lastTouch().stream(), prompted.stream()).max(Comparator.naturalOrder())
                .map(t -> t.plus(java.time.Duration.ofDays(cadenceDays())));
    }

    /** The latest thing the rep did for the person, the ask is built on: a project delivered, a win or a topic. */
    public Optional<Project> recentProject() {
        Stream<Project> done = events.stream()
                .filter(e -> e.kind() == RelationshipEventKind.PROJECT_DELIVERED || e.kind() == RelationshipEventKind.WIN)
                .flatMap(e -> e.note().stream().map(n -> new Project(n, e.kind() == RelationshipEventKind.WIN
                        ? Project.Source.WIN : Project.Source.DELIVERED, e.at())));
        Stream<Project> topics = meetings.stream()
                .flatMap(m -> m.topic().stream().map(t -> new Project(t, Project.Source.MEETING_TOPIC, m.endsAt())));
        return Stream.concat(done, topics).max(Comparator.comparing(Project::at));
    }

    /** Excellent work shown: something delivered, a win, a 9 or 10, or a customer of long standing. */
    public boolean deliveryShown() {
        return latest(RelationshipEventKind.PROJECT_DELIVERED).isPresent() || latest(RelationshipEventKind.WIN).isPresent()
                || events.stream().anyMatch(e -> e.score().filter(s -> s >= 9).isPresent()) || longStandingCustomer();
    }

    /** Whether the bot already asked the rep what they delivered for this person. */
    public boolean projectAsked() {
        return latest(RelationshipEventKind.PROJECT_ASKED).isPresent();
    }

    /** What was discussed last: the latest meeting topic or logged note. */
    public Optional<String> lastDiscussed() {
        return meetings.stream().flatMap(m -> m.topic().stream()).findFirst();
    }

    public Optional<LocalDate> birthday() {
        return latest(RelationshipEventKind.BIRTHDAY).flatMap(RelationshipEvent::date);
    }

    public Optional<LocalDate> customerSince() {
        return latest(RelationshipEventKind.CUSTOMER_SINCE).flatMap(RelationshipEvent::date);
    }

    /** When the rep asked for this endorsement and it has not come in since. */
    public Optional<Instant> awaiting(Endorsement kind) {
        Optional<Instant> asked = latest(kind.asked()).map(RelationshipEvent::at);
        Optional<Instant> got = latest(kind.received()).map(RelationshipEvent::at);
        return asked.filter(a -> got.isEmpty() || got.get().isBefore(a));
    }

    /**
     * Review asks not answered yet, by site ("" when none was named), with when each was asked: a review on a site
     * answers that site's ask; one with no site named answers every ask before it.
     */
    public java.util.Map<String, Instant> awaitingReviews() {
        java.util.Map<String, Instant> waiting = new java.util.TreeMap<>();
        List<RelationshipEvent> reviews = events.stream().filter(e -> e.kind() == RelationshipEventKind.REVIEW_ASKED
                || e.kind() == RelationshipEventKind.REVIEW_RECEIVED).toList();
        for (int i = reviews.size() - 1; i >= 0; i--) {
            RelationshipEvent e = reviews.get(i);
            String site = e.note().orElse("");
            if (e.kind() == RelationshipEventKind.REVIEW_ASKED) {
                waiting.put(site, e.at());
            } else if (site.isEmpty()) {
                waiting.clear();
            } else {
                waiting.remove(site);
                waiting.remove("");
            }
        }
        return waiting;
    }

    public List<RelationshipEvent> all(RelationshipEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}
