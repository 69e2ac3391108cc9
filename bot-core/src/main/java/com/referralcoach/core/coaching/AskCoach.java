package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Builds the referral ask for the end of a meeting: specific to the person and the topic, and held
 * back when the person recently said no or an ask was put off for a reason.
 */
public final class AskCoach {
    /** How long a "no" keeps the bot from prompting another ask of the same person. */
    public static final Duration DECLINE_QUIET = Duration.ofDays(90);
    /** How long a skip with a reason (an open problem) holds prompts, unless the rep asks sooner. */
    public static final Duration SKIP_HOLD = Duration.ofDays(30);

    private final Relationships relationships;

    /** A coach that reads where the rep stands with a person (asks, problems, trust) before prompting an ask. */
    public AskCoach(Relationships relationships) {
        this.relationships = relationships;
    }

    /** The prompt for the end of {@code meeting}, or the reason there is none. */
    public Reply afterMeeting(RepId rep, Contact person, Meeting meeting, ZonedDateTime now) {
        return afterMeeting(relationships.of(rep, person, now.toInstant()), person, meeting, now);
    }

    /** As above, with where the rep stands with {@code person} already read at {@code now}. */
    public Reply afterMeeting(Relationship known, Contact person, Meeting meeting, ZonedDateTime now) {
        Optional<Reply> held = heldBack(known, person, meeting.topic(), now);
        if (held.isPresent()) {
            return held.get();
        }
        String first = person.name().firstName();
        String question = question(person, meeting.topic());
        return Reply.of("Ask " + first + " for an introduction now, while it's fresh: \"" + question + "\"")
                .withActions(actions(person));
    }

    /** Why not to ask {@code person} now (a recent no, an open problem, too little trust yet), if anything. */
    public Optional<Reply> heldBack(RepId rep, Contact person, Optional<String> topic, ZonedDateTime now) {
        return heldBack(relationships.of(rep, person, now.toInstant()), person, topic, now);
    }

    /** As above, with where the rep stands with {@code person} already read at {@code now}. */
    public Optional<Reply> heldBack(Relationship known, Contact person, Optional<String> topic, ZonedDateTime now) {
        return answered(known.asks(), person, now).or(() -> RelationshipHold.instead(known, person, topic, now));
    }

    /** A recent "no", or an ask held back for a reason, keeps the next prompt quiet. */
    private static Optional<Reply> answered(List<Ask> history, Contact person, ZonedDateTime now) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Ask last = history.get(0);
        Moments moments = new Moments(now);
        Instant since = last.at();
        String name = person.name().display();
        if (last.outcome() == AskOutcome.DECLINED && since.plus(DECLINE_QUIET).isAfter(now.toInstant())) {
            return Optional.of(Reply.of("No ask for " + name + " this time: they said no "
                    + moments.on(since) + ". I'll stay quiet until " + moments.date(since.plus(DECLINE_QUIET))
                    + "; keep being useful to them."));
        }
        if (last.outcome() == AskOutcome.SKIPPED && last.note().isPresent()
                && since.plus(SKIP_HOLD).isAfter(now.toInstant())) {
            return Optional.of(Reply.of("No ask for " + name + " yet: you held it back " + moments.on(since)
                    + " (" + last.note().get() + "). Fix that first; say \"asked " + name
                    + "\" when you do ask."));
        }
        return Optional.empty();
    }

    /** "Who else do you know who is wrestling with something like your Q3 rollout? ..." */
    public static String question(Contact person, Optional<String> topic) {
        if (topic.isPresent()) {
            return "Who else do you know who is wrestling with something like " + yours(topic.get())
                    + "? Would you introduce me?";
        }
        if (person.company().isPresent()) {
            return "Who else do you know, at " + person.company().get()
                    + " or elsewhere, who could use the help we've been giving you? Would you introduce me?";
        }
        return "Who else do you know who could use the help we've been giving you? Would you introduce me?";
    }

    private static String yours(String topic) {
        String lower = topic.toLowerCase(java.util.Locale.ROOT);
        for (String owner : List.of("the ", "our ", "their ", "his ", "her ", "my ")) {
            if (lower.startsWith(owner)) {
                return "your " + topic.substring(owner.length());
            }
        }
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("your ")) {
            return topic;
        }
        return "your " + topic;
    }

    public static List<SuggestedAction> actions(Contact person) {
        String name = person.name().display();
        return List.of(
                SuggestedAction.send("Asked", "asked " + name),
                SuggestedAction.template("Got a referral", name + " referred "),
                SuggestedAction.send("Not now", "not now " + name));
    }
}
