package com.referralcoach.core.engine;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.language.ConfirmForget;
import com.referralcoach.core.language.ForgetPerson;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.Erasures;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.port.PersonFootprint;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "forget Jane Doe": the person is found as everywhere else (an ambiguous name gets "which one"), what would go is
 * counted and asked about ("Forget Jane Doe? ... Yes / No"); the "yes" erases them through {@link Erasures}. An
 * erasure that failed partway is finished by the next "forget" in the workspace, and its contact stays findable until
 * then.
 */
final class ForgetHandler {
    private static final Logger log = LoggerFactory.getLogger(ForgetHandler.class);

    private final PeopleFinder people;
    private final ContactBook contacts;
    private final Erasures erasures;
    private final PendingQuestions questions;

    ForgetHandler(PeopleFinder people, ContactBook contacts, Erasures erasures, PendingQuestions questions) {
        this.people = people;
        this.contacts = contacts;
        this.erasures = erasures;
        this.questions = questions;
    }

    CommandHandler<ForgetPerson> ask() {
        return (command, c) -> {
            finishUnfinished(c);
            PersonMatch match = people.find(c.workspace(), command.person());
            if (match instanceof PersonMatch.Ambiguous ambiguous) {
                return Clarification.whichOne(command.person(), ambiguous.candidates(), c.text());
            }
            if (!(match instanceof PersonMatch.Found found)) {
                return Reply.of("I don't know anyone called " + command.person().name().display()
                        + ", so there is nothing to forget.");
            }
            Contact contact = found.contact();
            PersonFootprint footprint = erasures.footprint(c.workspace(), contact.id());
            questions.ask(new PendingQuestion(c.workspace(), c.rep().id(),
                    new ConfirmForget(contact.id().value(), contact.label()), "forgetting " + contact.label(),
                    c.text(), c.instant()));
            return Reply.of("Forget " + contact.label() + " everywhere in this workspace, for every rep? That erases "
                            + ErasureText.of(footprint) + ". Counts in tallies and digests stay, with no name."
                            + " This can't be undone. Forget? Yes / No")
                    .withActions(List.of(SuggestedAction.send("Yes", "yes"), SuggestedAction.send("No", "no")));
        };
    }

    CommandHandler<ConfirmForget> confirm() {
        return (command, c) -> {
            ContactId id = new ContactId(command.contact());
            Optional<Contact> contact = contacts.find(c.workspace(), id);
            if (contact.isEmpty() && !erasures.unfinished(c.workspace()).contains(id)) {
                return Reply.of(command.name() + " is already forgotten.");
            }
            try {
                PersonFootprint erased = erasures.erase(c.workspace(), id, c.instant());
                return Reply.of("Forgotten: " + command.name() + ". Erased " + ErasureText.of(erased) + ".");
            } catch (ReferralCoachException e) {
                log.error("Erasing a contact failed partway in workspace {}", c.workspace(), e);
                return Reply.of("Sorry, I couldn't finish forgetting " + command.name() + ": the store failed"
                        + " partway, so it is NOT done. What is left stays marked; say \"forget " + command.name()
                        + "\" again in a moment to finish.");
            }
        };
    }

    /** Erasures a failure or a stop left marked, finished before anything else is asked. */
    private void finishUnfinished(Conversation c) {
        for (ContactId left : erasures.unfinished(c.workspace())) {
            erasures.erase(c.workspace(), left, c.instant());
            log.info("Finished an erasure left under way in workspace {}", c.workspace());
        }
    }
}
