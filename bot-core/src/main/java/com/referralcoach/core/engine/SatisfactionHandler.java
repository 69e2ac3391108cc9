package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.RecordSatisfaction;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;

/** "csat Jane Doe 9": 9-10 is the moment to ask, 0-6 opens a problem, 7-8 asks what would make it a 10. */
final class SatisfactionHandler implements CommandHandler<RecordSatisfaction> {
    private final Named named;
    private final RelationshipLog log;
    private final AskCoach coach;
    private final CheckIns checkIns;
    private final RelationshipPlanner planner;

    SatisfactionHandler(Named named, RelationshipLog log, AskCoach coach, CheckIns checkIns,
                        RelationshipPlanner planner) {
        this.planner = planner;
        this.named = named;
        this.log = log;
        this.coach = coach;
        this.checkIns = checkIns;
    }

    @Override
    public Reply handle(RecordSatisfaction command, Conversation c) {
        return named.orNew(command.person(), c, person -> {
            int score = command.score();
            log.save(RelationshipEvent.satisfaction(c.rep(), person.id(), score, c.instant()));
            String name = person.name().display();
            String saved = "Saved: " + name + " scored " + score + "/10.\n";
            if (score <= 6) {
                log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.PROBLEM_OPENED,
                        Optional.of("satisfaction " + score + "/10"), c.instant()));
                checkIns.keepUp(c, person);
                return Reply.of(saved + "That's a problem to fix, not a moment to ask: find out what went wrong and"
                        + " put it right. I'll hold ask prompts until you say \"fixed " + name + "\".");
            }
            Relationship standing = checkIns.keepUp(c, person);
            if (score <= 8) {
                return Reply.of(saved + "Good. Ask " + person.name().firstName() + " what would make it a 10.");
            }
            planner.endorsementSuggestion(c.rep(), person.id(), c.instant(), c.instant());
            return MomentHandler.prefixed(saved, coach.heldBack(c.rep(), standing, person, Optional.empty(), c.now())
                    .orElseGet(() -> ask(c.rep(), standing, person)));
        });
    }

    private static Reply ask(Rep rep, Relationship standing, Contact person) {
        return Reply.of("Ask now, as the natural next question: \"I'm really glad it's working for you. "
                + AskCoach.question(rep, standing, person, Optional.empty()) + "\"").withActions(AskCoach.actions(person));
    }
}
