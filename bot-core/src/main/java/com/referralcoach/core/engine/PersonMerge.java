package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.language.ConfirmMerge;
import com.referralcoach.core.language.MergePeople;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactMerges;
import com.referralcoach.core.port.MergeFootprint;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Jane and Jane Doe are the same person": both are found as everywhere (an ambiguous name gets "which one"), what
 * moves is counted and asked about; the "yes" moves the duplicate's whole history, for every rep of the workspace, to
 * the person kept, as one change "undo" takes back.
 */
final class PersonMerge {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ContactMerges merges;
    private final PendingQuestions questions;

    PersonMerge(PeopleFinder people, ContactBook contacts, ContactMerges merges, PendingQuestions questions) {
        this.people = people;
        this.contacts = contacts;
        this.merges = merges;
        this.questions = questions;
    }

    CommandHandler<MergePeople> ask() {
        return (command, c) -> {
            PersonMatch duplicate = people.find(c.workspace(), command.duplicate());
            PersonMatch kept = people.find(c.workspace(), command.kept());
            Optional<Reply> unclear = unclear(command.duplicate(), duplicate, c).or(() -> unclear(command.kept(), kept, c));
            if (unclear.isPresent()) {
                return unclear.get();
            }
            Contact from = ((PersonMatch.Found) duplicate).contact();
            Contact into = ((PersonMatch.Found) kept).contact();
            if (from.id().equals(into.id())) {
                return Reply.of("Those are one person already: " + into.label() + ". Nothing changed.");
            }
            String names = from.label() + " into " + into.label();
            questions.ask(new PendingQuestion(c.workspace(), c.rep().id(),
                    new ConfirmMerge(from.id().value(), into.id().value(), names), "merging " + names, c.text(),
                    c.instant()));
            return Reply.of("Merge " + names + "? " + moves(merges.footprint(c.workspace(), from.id()), from, into)
                            + ", for every rep of this workspace; " + into.name().display() + " gets any company,"
                            + " email or phone they lack, and " + from.label() + " goes. Merge? Yes / No")
                    .withActions(List.of(SuggestedAction.send("Yes", "yes"), SuggestedAction.send("No", "no")));
        };
    }

    CommandHandler<ConfirmMerge> confirm() {
        return (command, c) -> {
            ContactId from = new ContactId(command.duplicate());
            ContactId into = new ContactId(command.kept());
            if (from.equals(into)) { // another merge since made them one
                return Reply.of(command.names() + ": they are one person already. Nothing changed.");
            }
            if (contacts.find(c.workspace(), from).isEmpty() || contacts.find(c.workspace(), into).isEmpty()) {
                return Reply.of("One of them is gone since I asked, so I merged nothing.");
            }
            merges.merge(c.workspace(), from, into);
            return Reply.of("Merged " + command.names() + ". Wrong? Say \"undo\".");
        };
    }

    private static Optional<Reply> unclear(PersonRef ref, PersonMatch match, Conversation c) {
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Optional.of(Clarification.whichOne(ref, ambiguous.candidates(), c.text()));
        }
        return match instanceof PersonMatch.Found ? Optional.empty()
                : Optional.of(Reply.of("I don't know anyone called " + ref.name().display() + ", so there is nothing"
                        + " to merge."));
    }

    /** "Moving to Jane Doe: 2 meetings, 1 referral (as referrer or lead) and 3 reminders". */
    private static String moves(MergeFootprint f, Contact from, Contact into) {
        List<String> parts = new ArrayList<>();
        add(parts, f.meetings(), "meeting", "");
        add(parts, f.asks(), "ask", "");
        add(parts, f.referrals(), "referral", " (as referrer or lead)");
        add(parts, f.reminders(), "reminder", "");
        add(parts, f.events(), "relationship event", "");
        if (parts.isEmpty()) {
            return "Nothing else holds " + from.label();
        }
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Moving to " + into.name().display() + ": " + listed;
    }

    private static void add(List<String> parts, long count, String what, String note) {
        if (count > 0) {
            parts.add(ExportHandler.count(count, what) + note);
        }
    }
}
