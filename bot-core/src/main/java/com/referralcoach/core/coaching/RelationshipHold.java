package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.reply.Reply;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Not after a mistake, and not before trust: an open problem holds the ask; after the fix it waits for two
 * good experiences; someone met fewer than twice gets "build the relationship first", unless already asked or a
 * customer for a quarter or more.
 */
final class RelationshipHold {
    private RelationshipHold() {
    }

    /** What to say instead of the ask about {@code topic}, given where the rep stands with {@code person}. */
    static Optional<Reply> instead(Rep rep, Relationship r, Contact person, Optional<String> topic,
                                   ZonedDateTime now) {
        Moments moments = new Moments(now);
        String name = person.name().display();
        String first = person.name().firstName();
        if (r.openProblem().isPresent()) {
            var problem = r.openProblem().get();
            // a problem logged against the company holds everyone there; fixing it is said of the company
            String owner = problem.contact().equals(person.id()) ? name : person.company().orElse(name);
            String with = owner.equals(name) ? "" : " at " + owner;
            return Optional.of(Reply.of("No ask for " + name + " while a problem" + with + " is open ("
                    + moments.on(problem.at()) + problem.note().map(n -> ": " + n).orElse("")
                    + "). Fix it first, then say \"fixed " + owner + "\"."));
        }
        if (r.recoveringSince().isPresent()) {
            long good = r.positivesSince(r.recoveringSince().get());
            return Optional.of(Reply.of("Not yet for " + name + ": since the fix " + moments.on(r.recoveringSince()
                    .get()) + ", " + good + " of " + Relationship.POSITIVES_AFTER_FIX
                    + " good experiences. Keep it going; I'll prompt the ask after the next one."));
        }
        if (!r.trusted() && !r.everAsked() && !r.longStandingCustomer()) {
            return Optional.of(Reply.of(first + " is new to you: build the relationship first. Be useful, follow up,"
                    + " and ask after a few good experiences. Ask " + first + " anyway if it feels right: \""
                    + AskCoach.question(rep, r, person, topic) + "\"").withActions(AskCoach.actions(person)));
        }
        return Optional.empty();
    }
}
