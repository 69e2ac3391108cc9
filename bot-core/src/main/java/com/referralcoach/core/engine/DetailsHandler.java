package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.UpdateDetails;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Jane Doe works at Globex now", "Jane Doe's email is jane@globex.com": a known person's details replaced. A change
 * in someone's situation is a moment to ask who else is in a similar one, unless an open problem or a recent no
 * holds the ask.
 */
final class DetailsHandler implements CommandHandler<UpdateDetails> {
    private final Named named;
    private final ContactBook contacts;
    private final AskCoach coach;

    DetailsHandler(Named named, ContactBook contacts, AskCoach coach) {
        this.named = named;
        this.contacts = contacts;
        this.coach = coach;
    }

    @Override
    public Reply handle(UpdateDetails command, Conversation c) {
        return named.known(command.person(), c, known -> {
            Contact updated = known.learn(command.employer(), command.email(), command.phone());
            if (updated.equals(known)) {
                return Reply.of("I already have that for " + known.name().display() + ". Nothing changed.");
            }
            contacts.save(updated);
            String saved = "Updated " + known.name().display() + ": " + String.join(", ", changes(known, updated))
                    + ".\n";
            return MomentHandler.prefixed(saved, coach.situationChanged(c.rep(), updated, c.now()));
        });
    }

    private static List<String> changes(Contact before, Contact after) {
        List<String> changes = new ArrayList<>();
        change(changes, "company", before.company(), after.company());
        change(changes, "email", before.email(), after.email());
        change(changes, "phone", before.phone(), after.phone());
        return changes;
    }

    private static void change(List<String> changes, String what, Optional<String> before, Optional<String> after) {
        if (!before.equals(after)) {
            changes.add(what + " " + after.orElse("") + before.map(b -> " (was " + b + ")").orElse(""));
        }
    }
}
