package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.FixProblem;
import com.referralcoach.core.language.OpenProblem;
import com.referralcoach.core.language.RecordWin;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;

/** Problems, fixes and wins: not after a mistake, and right after a win. */
final class MomentHandler {
    private final Named named;
    private final RelationshipLog log;
    private final Relationships relationships;
    private final AskCoach coach;
    private final CheckIns checkIns;
    private final RelationshipPlanner planner;

    MomentHandler(Named named, RelationshipLog log, Relationships relationships, AskCoach coach, CheckIns checkIns,
                  RelationshipPlanner planner) {
        this.planner = planner;
        this.named = named;
        this.log = log;
        this.relationships = relationships;
        this.coach = coach;
        this.checkIns = checkIns;
    }

    CommandHandler<OpenProblem> problems() {
        return (command, c) -> named.orNew(command.customer(), c, customer -> {
            log.save(RelationshipEvent.of(c.rep(), customer.id(), RelationshipEventKind.PROBLEM_OPENED, command.note(),
                    c.instant()));
            checkIns.keepUp(c, customer);
            String name = customer.name().display();
            return Reply.of("Saved: a problem with " + name + command.note().map(n -> " (" + n + ")").orElse("")
                    + ". I'll hold ask prompts for " + name + " until you say \"fixed " + name + "\". Fix it fast;"
                    + " a problem well handled can build trust.");
        });
    }

    CommandHandler<FixProblem> fixes() {
        return (command, c) -> named.known(command.customer(), c, customer -> {
            String name = customer.name().display();
            var open = relationships.of(c.rep().id(), customer, c.instant()).openProblem();
            if (open.isEmpty()) {
                return Reply.of(name + " has no open problem, so there is nothing to close.");
            }
            log.save(RelationshipEvent.of(c.rep(), customer.id(), RelationshipEventKind.PROBLEM_FIXED,
                    Optional.empty(), c.instant()));
            return Reply.of("Saved: " + name + "'s problem is fixed (opened " + c.moments().date(open.get().at())
                    + "). Add a small extra as an apology: a bonus hour, a discount, a handwritten note. I'll prompt"
                    + " the ask again after two more good experiences (meetings, or a score of 8+).");
        });
    }

    CommandHandler<RecordWin> wins() {
        return (command, c) -> named.orNew(command.customer(), c, customer -> {
            RelationshipEvent win = RelationshipEvent.of(c.rep(), customer.id(), RelationshipEventKind.WIN,
                    command.note(), c.instant());
            log.save(win);
            Relationship standing = checkIns.keepUp(c, customer);
            planner.satisfactionCheck(c.rep(), customer.id(), "win:" + win.id().value(), c.instant());
            planner.endorsementSuggestion(c.rep(), customer.id(), c.instant(), c.instant());
            String saved = "Saved: a win for " + customer.name().display()
                    + command.note().map(n -> " (" + n + ")").orElse("") + ". Next week I'll suggest a testimonial or"
                    + " review; in a month, a check of how happy they are.\n";
            return prefixed(saved, coach.heldBack(c.rep(), standing, customer, Optional.empty(), c.now())
                    .orElseGet(() -> askAfterWin(c.rep(), standing, customer)));
        });
    }

    /** The ask about the win just logged, the latest thing the rep did for the customer. */
    private static Reply askAfterWin(Rep rep, Relationship standing, Contact customer) {
        return Reply.of("A win is the best moment to ask. Ask " + customer.name().firstName() + " now, while it's"
                + " fresh: \"" + AskCoach.question(rep, standing, customer, Optional.empty()) + "\"\nAnd make sure "
                + customer.name().firstName() + " has your current details to pass on: your card, or a short intro"
                + " they can forward.")
                .withActions(AskCoach.actions(customer));
    }

    static Reply prefixed(String text, Reply reply) {
        return new Reply(text + reply.text(), reply.fields(), reply.actions());
    }
}
