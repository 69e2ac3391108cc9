package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.language.ConfirmDeleteLead;
import com.referralcoach.core.language.DeleteLead;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.EnumSet;
import java.util.List;

/**
 * "delete lead Tom Lee": the rep's referrals of Tom Lee and their waiting reminders go after a "yes" to what goes;
 * Tom Lee stays a contact, and other reps' leads stay. What the leads counted in the tallies (received, contacted in
 * time, won with its amount) is taken back, so goals and digests follow. The deletion runs as one change, so "undo"
 * brings the lead and its counts back.
 */
final class LeadDeletion {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final ReminderQueue reminders;
    private final PendingQuestions questions;
    private final ActivityTally tally;

    LeadDeletion(PeopleFinder people, ContactBook contacts, ReferralLedger referrals, ReminderQueue reminders,
                 PendingQuestions questions, ActivityTally tally) {
        this.tally = tally;
        this.people = people;
        this.contacts = contacts;
        this.referrals = referrals;
        this.reminders = reminders;
        this.questions = questions;
    }

    CommandHandler<DeleteLead> ask() {
        return (command, c) -> {
            PersonMatch match = people.find(c.workspace(), command.lead());
            if (match instanceof PersonMatch.Ambiguous ambiguous) {
                return Clarification.whichOne(command.lead(), ambiguous.candidates(), c.text());
            }
            String name = command.lead().name().display();
            if (!(match instanceof PersonMatch.Found found)) {
                return Reply.of("I don't know anyone called " + name + ", so there is no lead to delete.");
            }
            Contact lead = found.contact();
            List<Referral> leads = referrals.forLead(c.workspace(), c.rep().id(), lead.id());
            if (leads.isEmpty()) {
                return Reply.of(lead.name().display() + " isn't one of your leads, so there is nothing to delete.");
            }
            questions.ask(new PendingQuestion(c.workspace(), c.rep().id(),
                    new ConfirmDeleteLead(lead.id().value(), lead.label()), "deleting the lead " + lead.label(),
                    c.text(), c.instant()));
            return Reply.of("Delete your lead " + lead.label() + " (" + describe(leads, c) + ")? Its waiting"
                            + " reminders go with it; " + lead.name().display() + " stays a contact, and your goals"
                            + " and digests stop counting it. Delete? Yes / No")
                    .withActions(List.of(SuggestedAction.send("Yes", "yes"), SuggestedAction.send("No", "no")));
        };
    }

    CommandHandler<ConfirmDeleteLead> confirm() {
        return (command, c) -> {
            List<Referral> leads = referrals.forLead(c.workspace(), c.rep().id(), new ContactId(command.contact()));
            if (leads.isEmpty()) {
                return Reply.of(command.name() + " is no lead of yours any more. Nothing changed.");
            }
            int cancelled = 0;
            for (Referral referral : leads) {
                cancelled += reminders.cancelPending(c.workspace(), c.rep().id(), referral.id(),
                        EnumSet.allOf(ReminderKind.class));
                referrals.delete(c.workspace(), referral.id());
                Scorekeeper.counted(c.rep(), referral).forEach(tally::retract);
            }
            return Reply.of("Deleted your lead " + command.name() + (cancelled == 0 ? "" : " and "
                    + (cancelled == 1 ? "1 waiting reminder" : cancelled + " waiting reminders")) + ". Wrong? Say"
                    + " \"undo\".");
        };
    }

    private String describe(List<Referral> leads, Conversation c) {
        Referral last = leads.get(leads.size() - 1);
        String referrer = contacts.find(c.workspace(), last.referrer()).map(Contact::label).orElse("someone");
        String one = "referred by " + referrer + " " + c.moments().on(last.receivedAt()) + ", at \""
                + last.stage().label() + "\"";
        return leads.size() == 1 ? one : leads.size() + " referrals, the last " + one;
    }
}
