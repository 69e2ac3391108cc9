package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.ShowWhoToAsk;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "who to ask": people to ask now, connectors first: satisfied, a recent win or meeting, no open problem,
 * not declined or asked recently; each with the reason in a few words.
 */
final class WhoToAskView implements CommandHandler<ShowWhoToAsk> {
    private static final int SHOWN = 10;
    private static final Duration RECENT_WIN = Duration.ofDays(30);
    private static final Duration RECENT_MEETING = Duration.ofDays(14);
    private static final Duration RECENT_SCORE = Duration.ofDays(90);

    private record Candidate(Contact person, boolean connector, List<String> reasons, Instant latest) {
    }

    private final RepPeople people;
    private final Relationships relationships;
    private final AskCoach coach;

    WhoToAskView(RepPeople people, Relationships relationships, AskCoach coach) {
        this.people = people;
        this.relationships = relationships;
        this.coach = coach;
    }

    /** Owners come before others: referrals go both ways with them. */
    static final String OWNER = "business owner, referrals go both ways";

    @Override
    public Reply handle(ShowWhoToAsk command, Conversation c) {
        List<Candidate> ranked = people.of(c.rep()).stream()
                .map(p -> Map.entry(p, relationships.of(c.rep().id(), p, c.instant())))
                .filter(e -> coach.heldBack(c.rep(), e.getValue(), e.getKey(), Optional.empty(), c.now()).isEmpty())
                .map(e -> candidate(e.getKey(), e.getValue(), c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Candidate::connector).reversed()
                        .thenComparing(cand -> cand.reasons().stream().noneMatch(IdealMatch.REASON::equals))
                        .thenComparing(cand -> cand.reasons().stream().noneMatch(OWNER::equals))
                        .thenComparing(cand -> -cand.reasons().size())
                        .thenComparing(Candidate::latest, Comparator.reverseOrder()))
                .limit(SHOWN).toList();
        if (ranked.isEmpty()) {
            return Reply.of("Nobody stands out right now. Log meetings, wins and satisfaction scores (\"csat Jane Doe"
                    + " 9\") and I'll find your best moments to ask.");
        }
        return Reply.of("Who to ask now:\n" + ranked.stream().map(cand -> cand.person().label() + " · "
                + String.join(", ", cand.reasons())).collect(Collectors.joining("\n")));
    }

    private static Optional<Candidate> candidate(Contact person, Relationship r, Conversation c) {
        Instant now = c.instant();
        boolean askedRecently = r.asks().stream().findFirst().filter(a -> a.outcome().wasAsked())
                .filter(a -> a.at().plus(AskCoach.SKIP_HOLD).isAfter(now)).isPresent();
        if (askedRecently) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        List<Instant> when = new ArrayList<>();
        if (r.isConnector()) {
            reasons.add("connector");
        }
        r.latest(RelationshipEventKind.SATISFACTION).filter(s -> s.score().orElse(0) >= 9)
                .filter(s -> s.at().plus(RECENT_SCORE).isAfter(now)).ifPresent(s -> {
                    reasons.add("scored " + s.score().get() + "/10 " + c.moments().on(s.at()));
                    when.add(s.at());
                });
        r.latest(RelationshipEventKind.WIN).filter(w -> w.at().plus(RECENT_WIN).isAfter(now)).ifPresent(w -> {
            reasons.add("win " + c.moments().on(w.at()) + w.note().map(n -> ": " + n).orElse(""));
            when.add(w.at());
        });
        r.latest(RelationshipEventKind.PROJECT_DELIVERED).filter(d -> d.at().plus(RECENT_WIN).isAfter(now))
                .ifPresent(d -> {
                    reasons.add("delivered " + d.note().orElse("a project") + " " + c.moments().on(d.at()));
                    when.add(d.at());
                });
        r.meetings().stream().findFirst().filter(m -> m.endsAt().plus(RECENT_MEETING).isAfter(now)).ifPresent(m -> {
            reasons.add("met " + c.moments().on(m.endsAt()) + m.topic().map(t -> " about " + t).orElse(""));
            when.add(m.endsAt());
        });
        if (when.isEmpty()) {
            return Optional.empty();
        }
        if (r.ownsABusiness()) {
            reasons.add(0, OWNER);
        }
        if (c.rep().ideal().filter(ideal -> IdealMatch.close(ideal.who(), person, r)).isPresent()) {
            reasons.add(0, IdealMatch.REASON);
        }
        return Optional.of(new Candidate(person, r.isConnector(), reasons,
                when.stream().max(Comparator.naturalOrder()).get()));
    }
}
