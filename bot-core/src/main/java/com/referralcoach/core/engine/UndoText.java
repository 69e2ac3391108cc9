package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.Reverted;
import java.util.HashMap;
import java.util.LinkedHashSet;
import com.referralcoach.core.domain.Business;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Says what an undo put back, one phrase per thing in the order it was made: "the meeting with Jane Doe (Acme)
 * today, the new contact Jane Doe, and its ask reminder". Counts in the activity tally go back silently.
 */
final class UndoText {
    private final Map<ContactId, Contact> contacts = new HashMap<>();
    private final ContactBook book;
    private final WorkspaceId workspace;
    private final Moments moments;

    private UndoText(ContactBook book, WorkspaceId workspace, Moments moments, List<Reverted> reverted) {
        this.book = book;
        this.workspace = workspace;
        this.moments = moments;
        reverted.forEach(r -> r.before().or(r::after).filter(Contact.class::isInstance)
                .ifPresent(c -> contacts.put(((Contact) c).id(), (Contact) c)));
    }

    static String of(List<Reverted> reverted, ContactBook book, Conversation conversation) {
        UndoText text = new UndoText(book, conversation.workspace(), conversation.moments(), reverted);
        Set<String> phrases = new LinkedHashSet<>();
        Optional<ContactId> previous = Optional.empty();
        for (Reverted item : reverted) {
            phrases.add(text.phrase(item, previous));
            previous = text.about(item.subject());
        }
        return phrases.isEmpty() ? "your last change" : joined(List.copyOf(phrases));
    }

    private String phrase(Reverted item, Optional<ContactId> previous) {
        Object subject = item.subject();
        String change = item.wasCreated() ? "" : item.after().isEmpty() ? "the removal of " : "the change to ";
        if (subject instanceof Meeting m) {
            return change + "the meeting with " + label(m.contact()) + " " + moments.date(m.endsAt());
        }
        if (subject instanceof Contact c) {
            return item.wasCreated() ? "the new contact " + c.name().display() : renaming(item).orElseGet(() -> change
                    + c.name().display() + describeLearned(item));
        }
        if (subject instanceof Reminder r) {
            String whose = r.contact().isPresent() && r.contact().equals(previous) ? "its"
                    : r.contact().map(id -> name(id) + "'s").orElse("the");
            return (item.wasCreated() ? "" : "the cancelling of ") + whose + " " + reminder(r) + " reminder";
        }
        if (subject instanceof Referral r) {
            if (item.before().filter(b -> ((Referral) b).stage() == r.stage()).isPresent()
                    && item.after().isPresent() && !((Referral) item.before().get()).wonAmount().equals(r.wonAmount())) {
                return "the correction of " + name(r.lead()) + "'s win (back to " + ((Referral) item.before().get())
                        .wonAmount().map(a -> a.display()).orElse("no amount") + ")";
            }
            return item.wasCreated() ? "the referral of " + label(r.lead()) + " from " + name(r.referrer())
                    : "the move of " + name(r.lead()) + " to \"" + r.stage().label() + "\""
                    + r.wonAmount().filter(a -> item.before().map(b -> ((Referral) b).wonAmount().isEmpty())
                            .orElse(true)).map(a -> " (" + a.display() + ")").orElse("");
        }
        if (subject instanceof Ask a) {
            return change + "the ask of " + name(a.contact()) + " (" + a.outcome().label() + ")";
        }
        if (subject instanceof RelationshipEvent e) {
            return change + "the " + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " for "
                    + name(e.contact());
        }
        if (subject instanceof Business b) {
            String what = "your " + b.source().label() + " business" + b.customer().map(id -> " with " + name(id))
                    .orElse("");
            return item.wasCreated() ? what + b.amount().map(a -> " (" + a.display() + ")").orElse("")
                    : "the correction of " + what + " (back to " + item.before().flatMap(x -> ((Business) x).amount())
                    .map(a -> a.display()).orElse("no amount") + ")";
        }
        if (subject instanceof Rep) {
            return "the change to your settings";
        }
        if (subject instanceof Team t) {
            return (item.wasCreated() ? "the new team " : change + "team ") + t.name();
        }
        if (subject instanceof Goal g) {
            return change + "the goal " + g.display();
        }
        if (subject instanceof DigestSchedule s) {
            return change + "the digest schedule to " + s.channel().label();
        }
        return "a change";
    }

    /** "the renaming of Jon Doe to John Doe", when the change was one of name. */
    private static Optional<String> renaming(Reverted item) {
        Contact before = (Contact) item.before().orElseThrow();
        return item.after().map(Contact.class::cast).filter(after -> !after.name().equals(before.name()))
                .map(after -> "the renaming of " + before.name().display() + " to " + after.name().display());
    }

    private static String describeLearned(Reverted item) {
        Contact before = (Contact) item.before().orElseThrow();
        Contact after = (Contact) item.after().orElse(before);
        if (before.company().isEmpty() && after.company().isPresent()) {
            return "'s company (" + after.company().get() + ")";
        }
        return "'s details";
    }

    private Optional<ContactId> about(Object subject) {
        if (subject instanceof Contact c) {
            return Optional.of(c.id());
        }
        if (subject instanceof Meeting m) {
            return Optional.of(m.contact());
        }
        if (subject instanceof Referral r) {
            return Optional.of(r.lead());
        }
        return subject instanceof Reminder r ? r.contact() : Optional.empty();
    }

    private static String reminder(Reminder reminder) {
        return switch (reminder.kind()) {
            case ASK_AFTER_MEETING -> "ask";
            case MEETING_PREP -> "prep note";
            case LEAD_NOT_CONTACTED_HOUR, LEAD_NOT_CONTACTED_DAY -> "first-contact";
            case LEAD_ESCALATION -> "manager";
            case REFERRER_UPDATE -> "referrer-update";
            case THANK_REFERRER -> "thank-you";
            case CHECK_IN -> "check-in";
            case BIRTHDAY_CARD, BIRTHDAY -> "birthday";
            case ANNIVERSARY_CARD, ANNIVERSARY -> "anniversary";
            case ENDORSEMENT_FOLLOW_UP -> "testimonial follow-up";
            case ENDORSEMENT_SUGGESTION -> "testimonial suggestion";
            case SATISFACTION_CHECK -> "satisfaction check";
            case REFERRAL_MONTH -> "referral month";
            case GOAL_NUDGE -> "goal";
            case IMPORT_INTERRUPTED -> "interrupted-import";
        };
    }

    private String label(ContactId id) {
        return contact(id).map(Contact::label).orElse("someone");
    }

    private String name(ContactId id) {
        return contact(id).map(c -> c.name().display()).orElse("someone");
    }

    private Optional<Contact> contact(ContactId id) {
        if (!contacts.containsKey(id)) {
            book.find(workspace, id).ifPresent(c -> contacts.put(id, c));
        }
        return Optional.ofNullable(contacts.get(id));
    }

    private static String joined(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + ", and " + phrases.get(phrases.size() - 1);
    }
}
