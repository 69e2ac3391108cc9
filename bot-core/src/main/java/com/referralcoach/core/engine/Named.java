package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.reply.Reply;
import java.util.function.Function;

/** The person (or company) a habit command names: found, created when new, or a question when ambiguous. */
final class Named {
    private final PeopleFinder people;

    Named(PeopleFinder people) {
        this.people = people;
    }

    /** Runs {@code then} with the named contact, created when the rep names someone new. */
    Reply orNew(PersonRef ref, Conversation c, Function<Contact, Reply> then) {
        return with(people.findOrCreate(c.workspace(), ref, LeadDetails.none(), c.instant()), ref, c, then);
    }

    /** Runs {@code then} with the named contact, or says nobody by that name is known. */
    Reply known(PersonRef ref, Conversation c, Function<Contact, Reply> then) {
        return with(people.find(c.workspace(), ref), ref, c, then);
    }

    private static Reply with(PersonMatch match, PersonRef ref, Conversation c, Function<Contact, Reply> then) {
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(ref, ambiguous.candidates(), c.text());
        }
        if (match instanceof PersonMatch.Found found) {
            return then.apply(found.contact());
        }
        return Reply.of("I don't know anyone called " + ref.name().display() + " yet. Log a meeting to add them: \"met "
                + ref.name().display() + "\".");
    }
}
