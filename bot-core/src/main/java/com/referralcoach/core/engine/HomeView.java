package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rep's referral desk at a glance (a Slack App Home): open leads, referrers owed care, what is coming. */
final class HomeView {
    private static final int SHOWN = 10;

    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final ReminderQueue reminders;

    HomeView(ContactBook contacts, ReferralLedger referrals, ReminderQueue reminders) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.reminders = reminders;
    }

    Reply of(Rep rep, Instant now) {
        Moments moments = new Moments(now.atZone(rep.zone()));
        List<Referral> open = referrals.open(rep.workspace(), rep.id());
        List<Reminder> coming = reminders.upcoming(rep.workspace(), rep.id(), SHOWN);
        Set<ContactId> ids = new HashSet<>();
        open.forEach(r -> {
            ids.add(r.lead());
            ids.add(r.referrer());
        });
        coming.forEach(r -> r.contact().ifPresent(ids::add));
        Map<ContactId, Contact> people = contacts.findAll(rep.workspace(), ids).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        return new Reply("Your referral desk", List.of(
                new Field("Open leads (" + open.size() + ")", leads(open, people, moments)),
                new Field("Referrers waiting", waiting(open, people, now)),
                new Field("Coming up", coming(coming, people, moments))), List.of());
    }

    private static String leads(List<Referral> open, Map<ContactId, Contact> people, Moments moments) {
        if (open.isEmpty()) {
            return "None yet. Ask at the end of your next meeting.";
        }
        return open.stream().limit(SHOWN).map(r -> name(people, r.lead()) + " · " + r.stage().label() + " · "
                + moments.age(r.receivedAt()) + " · from " + name(people, r.referrer()))
                .collect(Collectors.joining("\n"));
    }

    private static String waiting(List<Referral> open, Map<ContactId, Contact> people, Instant now) {
        List<String> owed = open.stream()
                .map(r -> owed(r, now).isEmpty() ? "" : name(people, r.referrer()) + ": " + owed(r, now)
                        + " (" + name(people, r.lead()) + ")")
                .filter(s -> !s.isEmpty()).limit(SHOWN).toList();
        return owed.isEmpty() ? "Everyone is thanked and up to date." : String.join("\n", owed);
    }

    private static String owed(Referral referral, Instant now) {
        boolean thank = referral.thankedAt().isEmpty();
        boolean update = !referral.referrerLastHeard().plus(ReminderPlanner.REFERRER_QUIET).isAfter(now);
        return thank && update ? "thank and update" : thank ? "thank" : update ? "update" : "";
    }

    private static String coming(List<Reminder> coming, Map<ContactId, Contact> people, Moments moments) {
        if (coming.isEmpty()) {
            return "Nothing scheduled.";
        }
        return coming.stream().map(r -> moments.dateTime(r.dueAt()) + " · " + ReminderTopics.describe(r, people))
                .collect(Collectors.joining("\n"));
    }

    private static String name(Map<ContactId, Contact> people, ContactId id) {
        Contact c = people.get(id);
        return c == null ? "(unknown)" : c.label();
    }
}
