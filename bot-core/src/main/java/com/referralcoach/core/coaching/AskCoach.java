package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.RelationshipLog;
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
    private final RelationshipLog log;
    private final LeadsToGive leads;

    /**
     * A coach that reads where the rep stands with a person (asks, problems, trust, what was delivered) before
     * prompting an ask, and notes in {@code log} when it asked the rep what they delivered.
     */
    public AskCoach(Relationships relationships, RelationshipLog log, LeadsToGive leads) {
        this.relationships = relationships;
        this.log = log;
        this.leads = leads;
    }

    /** The prompt for the end of {@code meeting}, or the reason there is none. */
    public Reply afterMeeting(Rep rep, Contact person, Meeting meeting, ZonedDateTime now) {
        return afterMeeting(rep, relationships.of(rep.id(), person, now.toInstant()), person, meeting, now);
    }

    /** As above, with where the rep stands with {@code person} already read at {@code now}. */
    public Reply afterMeeting(Rep rep, Relationship known, Contact person, Meeting meeting, ZonedDateTime now) {
        Optional<Reply> held = heldBack(rep, known, person, meeting.topic(), now);
        if (held.isPresent()) {
            return held.get();
        }
        String first = person.name().firstName();
        String question = question(rep, known, person, meeting.topic());
        return Reply.of("Ask " + first + " for an introduction now, while it's fresh: \"" + question + "\""
                        + sharpen(rep, known, person, meeting.topic()) + bothWays(rep, known, person))
                .withActions(actions(person));
    }

    /**
     * With a business owner, referrals go both ways: the ask comes paired with a lead the rep could give them,
     * from the rep's contacts who do what their business needs. Empty for anyone else.
     */
    public String bothWays(Rep rep, Relationship known, Contact person) {
        if (!known.ownsABusiness()) {
            return "";
        }
        String first = person.name().firstName();
        String what = java.util.stream.Stream.of(known.latest(RelationshipEventKind.NEED).flatMap(RelationshipEvent::note),
                        known.latest(RelationshipEventKind.BUSINESS_OWNER).flatMap(RelationshipEvent::note),
                        person.title(), person.notes()).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.joining(" "));
        List<Contact> givable = leads.matching(rep.workspace(), what, person.id());
        return "\n" + first + " owns a business, so referrals go both ways: bring " + first + " a lead too"
                + (givable.isEmpty() ? ", someone who could use what their business does."
                : ". You know " + LeadsToGive.names(givable) + ".");
    }

    /** After a change in the person's situation (new details, a new job): the reason to wait, or the ask. */
    public Reply situationChanged(Rep rep, Contact person, ZonedDateTime now) {
        Relationship known = relationships.of(rep.id(), person, now.toInstant());
        return heldBack(rep, known, person, Optional.empty(), now).orElseGet(() -> Reply.of("A change in "
                + person.name().firstName() + "'s situation is a good moment to ask: \"You must know others in a"
                + " similar situation. " + question(rep, known, person, Optional.empty()) + "\"")
                .withActions(actions(person)));
    }

    /** Why not to ask {@code person} now (a recent no, an open problem, too little trust yet), if anything. */
    public Optional<Reply> heldBack(Rep rep, Contact person, Optional<String> topic, ZonedDateTime now) {
        return heldBack(rep, relationships.of(rep.id(), person, now.toInstant()), person, topic, now);
    }

    /** As above, with where the rep stands with {@code person} already read at {@code now}. */
    public Optional<Reply> heldBack(Rep rep, Relationship known, Contact person, Optional<String> topic,
                                    ZonedDateTime now) {
        return answered(known.asks(), person, now).or(() -> RelationshipHold.instead(rep, known, person, topic, now));
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

    /**
     * The ask itself, as specific as what is known: the meeting's {@code topic}, else the latest thing the rep did
     * for the person (a project delivered, a win, a meeting's topic), and the kind of people the rep most wants to
     * meet. Generic only when nothing is known.
     */
    public static String question(Rep rep, Relationship known, Contact person, Optional<String> topic) {
        if (known.isColleague()) {
            String where = known.isFormerColleague() ? person.company().map(c -> "at " + c)
                    .orElse("in your new company") : "in your network";
            return "Who " + where + " should I meet?" + rep.ideal().map(i -> " I'm especially keen to meet "
                    + i.who() + ".").orElse("") + " Would you introduce me?";
        }
        Optional<Project> project = topic.map(t -> new Project(t, Project.Source.MEETING_TOPIC, known.now()))
                .or(known::recentProject);
        Optional<String> ideal = rep.ideal().map(IdealReferral::who);
        if (project.isPresent()) {
            return project.get().question() + ideal.map(w -> " I'm especially keen to meet " + w + ".").orElse("")
                    + " Would you introduce me?";
        }
        if (ideal.isPresent()) {
            String who = ideal.get();
            boolean one = who.toLowerCase(java.util.Locale.ROOT).matches("^(a|an|one)\\s.*");
            return "I'm looking to meet " + (one ? "" : "more ") + who + ". Who comes to mind? Would you introduce me?";
        }
        if (person.company().isPresent()) {
            return "Who else do you know, at " + person.company().get()
                    + " or elsewhere, who could use the help we've been giving you? Would you introduce me?";
        }
        return "Who else do you know who could use the help we've been giving you? Would you introduce me?";
    }

    /**
     * What makes the next ask better, said once after the ask: when nothing is known of what the rep did for the
     * person, the question what that was (asked once per person); before the first ask of someone with no
     * delivery shown yet, the reminder that excellent work comes first. Empty when neither applies.
     */
    public String sharpen(Rep rep, Relationship known, Contact person, Optional<String> topic) {
        if (known.isColleague()) {
            return "";
        }
        Optional<Project> project = topic.map(t -> new Project(t, Project.Source.MEETING_TOPIC, known.now()))
                .or(known::recentProject);
        String first = person.name().firstName();
        if (project.isEmpty()) {
            if (known.projectAsked()) {
                return "";
            }
            log.save(RelationshipEvent.of(rep, person.id(), RelationshipEventKind.PROJECT_ASKED, Optional.empty(),
                    known.now()));
            return "\nWhat did you deliver for " + first + "? One line makes the ask specific: \"delivered the"
                    + " payroll migration for " + person.name().display() + "\".";
        }
        if (known.everAsked() || known.deliveryShown() || project.get().source() == Project.Source.WIN) {
            return "";
        }
        String owner = person.company().orElse(first);
        return "\nExcellent work first: this is your first ask of " + first + ". If what you're doing for " + owner
                + " (" + Project.plain(project.get().what()) + ") hasn't gone live as promised yet, ask once it has.";
    }

    public static List<SuggestedAction> actions(Contact person) {
        String name = person.name().display();
        return List.of(
                SuggestedAction.send("Asked", "asked " + name),
                SuggestedAction.template("Got a referral", name + " referred "),
                SuggestedAction.send("Not now", "not now " + name));
    }
}
