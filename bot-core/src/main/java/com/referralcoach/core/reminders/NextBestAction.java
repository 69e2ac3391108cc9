package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one thing a rep can do next to move a goal, taken from their own calendar and pipeline before any general
 * tip: the meeting coming up for an ask, the referrer waiting longest for an update, the lead closest to a win.
 */
final class NextBestAction {
    private static final Duration LOOK_AHEAD = Duration.ofDays(7);
    private static final Duration RECENT = Duration.ofDays(7);
    private static final SuggestedAction WHO_TO_ASK = SuggestedAction.send("Who to ask", "who to ask");

    private final ContactBook contacts;
    private final MeetingLog meetingLog;
    private final AskLog askLog;
    private final ReferralLedger referrals;

    NextBestAction(ContactBook contacts, MeetingLog meetingLog, AskLog askLog, ReferralLedger referrals) {
        this.contacts = contacts;
        this.meetingLog = meetingLog;
        this.askLog = askLog;
        this.referrals = referrals;
    }

    /** A sentence (or two) and the buttons that go with it. */
    Reply suggest(GoalMetric metric, Rep rep, Instant now) {
        Moments moments = new Moments(now.atZone(rep.zone()));
        return switch (metric) {
            case ASKS, REFERRALS -> ask(rep, now, moments);
            case MEETINGS -> Reply.of("\"losing touch\" lists the people you haven't seen in longest: one call"
                    + " books a meeting.").withActions(List.of(SuggestedAction.send("Losing touch", "losing touch")));
            case REFERRALS_GIVEN -> give(rep);
            case UPDATES -> update(rep, now, moments);
            case THANKS -> thank(rep);
            case WINS -> win(rep);
            case TESTIMONIALS -> Reply.of("Ask a happy customer for a few words: \"who to ask\" lists who scored"
                    + " you 9 or 10 or had a win lately.").withActions(List.of(WHO_TO_ASK));
        };
    }

    private Reply ask(Rep rep, Instant now, Moments moments) {
        List<Meeting> meetings = meetingLog.ofRep(rep.workspace(), rep.id());
        Optional<Meeting> next = meetings.stream()
                .filter(m -> m.endsAt().isAfter(now) && m.endsAt().isBefore(now.plus(LOOK_AHEAD)))
                .min(Comparator.comparing(Meeting::endsAt));
        Optional<Contact> person = next.flatMap(m -> contact(rep, m.contact()));
        if (person.isPresent()) {
            return Reply.of("Your meeting with " + person.get().label() + " " + when(next.get(), moments)
                    + " is a chance to ask.");
        }
        for (Meeting met : meetings) {
            if (met.endsAt().isAfter(now) || met.endsAt().isBefore(now.minus(RECENT))) {
                continue;
            }
            Optional<Contact> who = contact(rep, met.contact());
            if (who.isPresent() && !askedSince(rep, who.get(), met.endsAt())) {
                String name = who.get().name().display();
                return Reply.of("You met " + who.get().label() + " " + moments.on(met.endsAt())
                        + " and haven't asked yet: a short thank-you note with the ask works well.")
                        .withActions(List.of(SuggestedAction.template("Asked", "asked " + name + " - ")));
            }
        }
        return Reply.of("\"who to ask\" lists the people most likely to say yes right now.")
                .withActions(List.of(WHO_TO_ASK));
    }

    private static String when(Meeting meeting, Moments moments) {
        Instant at = meeting.startsAt().orElse(meeting.endsAt());
        return moments.date(at).equals("today") ? "at " + moments.time(at) : moments.dateTime(at);
    }

    private boolean askedSince(Rep rep, Contact person, Instant since) {
        List<Ask> asks = askLog.ofContact(rep.workspace(), rep.id(), person.id());
        return !asks.isEmpty() && !asks.get(0).at().isBefore(since) && asks.get(0).outcome().wasAsked();
    }

    private Reply give(Rep rep) {
        Optional<Referral> latest = open(rep).stream().max(Comparator.comparing(Referral::receivedAt));
        Optional<Contact> referrer = latest.flatMap(r -> contact(rep, r.referrer()));
        if (referrer.isEmpty()) {
            return Reply.of("Think of one customer who could use an introduction: who in your network could help"
                    + " them? Log it: \"gave Ann Smith a referral: Carl Jones at Initech\".");
        }
        String name = referrer.get().name().display();
        return Reply.of(name + " sent you a lead lately: who could you introduce " + referrer.get().name().firstName()
                + " to? Giving first is what keeps referrals coming.")
                .withActions(List.of(SuggestedAction.template("Gave a referral", "gave " + name + " a referral: ")));
    }

    private Reply update(Rep rep, Instant now, Moments moments) {
        Optional<Referral> longest = open(rep).stream().min(Comparator.comparing(Referral::referrerLastHeard));
        Optional<Contact> referrer = longest.flatMap(r -> contact(rep, r.referrer()));
        Optional<Contact> lead = longest.flatMap(r -> contact(rep, r.lead()));
        if (referrer.isEmpty() || lead.isEmpty()) {
            return Reply.of("Updates follow leads: log the referrals you get and I'll say who is waiting to hear.");
        }
        String name = referrer.get().name().display();
        return Reply.of(name + " last heard about " + lead.get().name().display() + " "
                + moments.age(longest.get().referrerLastHeard()) + " ago: a two-line update keeps them sending.")
                .withActions(List.of(SuggestedAction.send("Updated " + referrer.get().name().firstName(),
                        "updated " + name)));
    }

    private Reply thank(Rep rep) {
        Optional<Referral> unthanked = open(rep).stream().filter(r -> r.thankedAt().isEmpty())
                .min(Comparator.comparing(Referral::receivedAt));
        Optional<Contact> referrer = unthanked.flatMap(r -> contact(rep, r.referrer()));
        if (referrer.isEmpty()) {
            return Reply.of("Everyone who referred you is thanked. A thank-you to a customer who helped in another"
                    + " way counts too: \"thanked Jane Doe\".");
        }
        String name = referrer.get().name().display();
        return Reply.of(name + " hasn't been thanked for their referral yet: a note, a call or a small gift card.")
                .withActions(List.of(SuggestedAction.send("Thanked " + referrer.get().name().firstName(),
                        "thanked " + name)));
    }

    private Reply win(Rep rep) {
        Optional<Referral> closest = open(rep).stream()
                .max(Comparator.comparing((Referral r) -> r.stage().ordinal()).thenComparing(Referral::receivedAt));
        Optional<Contact> lead = closest.flatMap(r -> contact(rep, r.lead()));
        if (lead.isEmpty()) {
            return Reply.of("No open leads: a referral now is next month's win.").withActions(List.of(WHO_TO_ASK));
        }
        return Reply.of(lead.get().label() + " is furthest along (" + closest.get().stage().label()
                + "): what would it take to close it this week?");
    }

    private List<Referral> open(Rep rep) {
        return referrals.open(rep.workspace(), rep.id());
    }

    private Optional<Contact> contact(Rep rep, ContactId id) {
        return contacts.find(rep.workspace(), id);
    }
}
