package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.ContactImports;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.LeadsToGive;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.ReferrerUpdate;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out what a due reminder says, from what is true when it is delivered: a lead already contacted
 * needs no nudge, a referrer already thanked needs no thank-you, a "no" in the meantime holds the ask.
 */
public final class ReminderComposer implements Composer {
    private final RepRoster reps;
    private final ContactBook contacts;
    private final MeetingLog meetings;
    private final ReferralLedger referrals;
    private final Relationships standings;
    private final AskCoach coach;
    private final ReminderPlanner planner;
    private final ZoneId defaultZone;
    private final RelationshipReminders relationships;
    private final GoalNudges goals;
    private final ContactImports imports;
    private final Optional<MeetingPreps> preps;

    private ReminderComposer(RepRoster reps, ContactBook contacts, MeetingLog meetings, ReferralLedger referrals,
                             Relationships standings, AskCoach coach, RelationshipReminders relationships,
                             GoalNudges goals, ReminderPlanner planner, ZoneId defaultZone, ContactImports imports,
                             Optional<MeetingPreps> preps) {
        this.imports = imports;
        this.preps = preps;
        this.reps = reps;
        this.contacts = contacts;
        this.meetings = meetings;
        this.referrals = referrals;
        this.standings = standings;
        this.coach = coach;
        this.relationships = relationships;
        this.planner = planner;
        this.goals = goals;
        this.defaultZone = defaultZone;
    }

    /** Wires the composer for a bot without calendars: prep notes (planned only from calendars) are skipped. */
    public static ReminderComposer over(CoachStore store, ReminderPlanner planner, ZoneId defaultZone) {
        return over(store, Optional.empty(), planner, defaultZone);
    }

    /** Wires the composer, with the prep notes of the calendar meetings in {@code calendars}. */
    public static ReminderComposer over(CoachStore store, CalendarBook calendars, ReminderPlanner planner,
                                        ZoneId defaultZone) {
        return over(store, Optional.of(calendars), planner, defaultZone);
    }

    /** Wires the composer and the reminder kinds it delegates to, each with the ports it reads. */
    private static ReminderComposer over(CoachStore store, Optional<CalendarBook> calendars, ReminderPlanner planner,
                                         ZoneId defaultZone) {
        Relationships standings = new Relationships(store.relationships(), store.contacts(), store.meetings(),
                store.asks());
        return new ReminderComposer(store.reps(), store.contacts(), store.meetings(), store.referrals(), standings,
                new AskCoach(standings, store.relationships(), new LeadsToGive(store.contacts())),
                new RelationshipReminders(store.contacts(), store.relationships(), store.tallies(), standings,
                        new RelationshipPlanner(store.reminders())),
                new GoalNudges(store.goals(), store.tallies(), planner,
                        new NextBestAction(store.contacts(), store.meetings(), store.asks(), store.referrals())),
                planner, defaultZone, store.imports(), calendars.map(book -> new MeetingPreps(book, store.meetings(),
                        store.contacts(), store.referrals(), standings)));
    }

    @Override
    public Delivery compose(Reminder reminder, Instant now) {
        if (reminder.kind() == ReminderKind.IMPORT_INTERRUPTED) {
            return interruptedImport(reminder);
        }
        Rep rep = reps.find(reminder.workspace(), reminder.rep()).orElseGet(() -> stranger(reminder, now));
        if (reminder.kind() == ReminderKind.MEETING_PREP) {
            return preps.map(p -> p.compose(reminder, rep, now))
                    .orElseGet(() -> new Delivery.Skip("no calendars on this bot"));
        }
        Moments moments = new Moments(now.atZone(rep.zone()));
        WorkingTime working = ReminderPlanner.working(rep);
        if (!working.isOpen(now)) {
            return new Delivery.Defer(working.nextOpen(now));
        }
        switch (reminder.kind()) {
            case ASK_AFTER_MEETING:
                return askAfterMeeting(reminder, rep, now);
            case LEAD_NOT_CONTACTED_HOUR:
            case LEAD_NOT_CONTACTED_DAY:
                return leadWaiting(reminder, rep, moments, now);
            case LEAD_ESCALATION:
                return escalation(reminder, moments);
            case REFERRER_UPDATE:
                return referrerUpdate(reminder, now);
            case THANK_REFERRER:
                return thanks(reminder);
            case GOAL_NUDGE:
                return goals.compose(reminder, rep, now);
            default:
                return relationships.compose(reminder, rep, now);
        }
    }

    /** The notice of an import a restart stopped and the start took back; its id is the import's. */
    private Delivery interruptedImport(Reminder reminder) {
        return imports.find(reminder.workspace(), new ImportId(reminder.id().value()))
                .<Delivery>map(i -> new Delivery.Say(Reply.of("Your import of " + i.file() + " was interrupted by a"
                        + " restart; nothing from it was kept. Send the file again to import it.")))
                .orElseGet(() -> new Delivery.Skip("the import is gone"));
    }

    private Delivery askAfterMeeting(Reminder reminder, Rep rep, Instant now) {
        Optional<Meeting> meeting = reminder.meeting().flatMap(id -> meetings.find(reminder.workspace(), id));
        Optional<Contact> person = reminder.contact().flatMap(id -> contacts.find(reminder.workspace(), id));
        if (meeting.isEmpty() || person.isEmpty()) {
            return new Delivery.Skip("the meeting or the person is gone");
        }
        Relationship standing = standings.of(reminder.rep(), person.get(), now);
        List<Ask> asks = standing.asks();
        if (!asks.isEmpty() && asks.get(0).at().isAfter(meeting.get().loggedAt())
                && asks.get(0).outcome().wasAsked()) {
            return new Delivery.Skip("already asked since the meeting was logged");
        }
        Reply ask = coach.afterMeeting(rep, standing, person.get(), meeting.get(), now.atZone(rep.zone()));
        String ended = "Your meeting with " + person.get().label()
                + meeting.get().topic().map(t -> " about " + t).orElse("") + " has ended.\n";
        List<SuggestedAction> actions = new ArrayList<>(ask.actions());
        if (!actions.isEmpty()) {
            actions.add(snoozeDay(reminder));
        }
        Reply own = new Reply(ask.text(), ask.fields(), actions);
        // One meeting with several people: the rep's meetings with the same start and end. A meeting known only by
        // its end ("ends in 10 min") is its own: two such are two calls that happened to end together.
        String together = meeting.get().startsAt().map(start -> start + "/" + meeting.get().endsAt())
                .orElseGet(() -> "alone/" + meeting.get().id().value());
        MeetingAsk part = new MeetingAsk(together, person.get().label(), person.get().name().firstName(), meeting.get().topic(),
                own);
        return new Delivery.Say(new Reply(ended + own.text(), own.fields(), own.actions()), Optional.of(part));
    }

    private Delivery leadWaiting(Reminder reminder, Rep rep, Moments moments, Instant now) {
        Optional<Referral> referral = referral(reminder);
        if (referral.isEmpty() || referral.get().stage() != LeadStage.NEW) {
            return new Delivery.Skip("the lead was contacted");
        }
        String lead = name(reminder, referral.get().lead());
        String referrer = name(reminder, referral.get().referrer());
        boolean day = reminder.kind() == com.referralcoach.core.domain.ReminderKind.LEAD_NOT_CONTACTED_DAY;
        String waited = day ? "a working day" : "an hour";
        String text = lead + " (from " + referrer + ", " + moments.dateTime(referral.get().receivedAt())
                + ") is still waiting to hear from you after " + waited + ". Leads contacted fast qualify far "
                + "more often, and " + referrer.split(" ")[0] + " will hear how it went.";
        if (day) {
            rep.manager().ifPresent(m -> planner.escalate(managerOf(rep, m), reminder, now));
        }
        return new Delivery.Say(new Reply(text, List.of(), List.of(
                SuggestedAction.send("Mark contacted", lead + " contacted"), snoozeDay(reminder))));
    }

    private Delivery escalation(Reminder reminder, Moments moments) {
        Optional<Referral> referral = referral(reminder);
        if (referral.isEmpty() || referral.get().stage() != LeadStage.NEW) {
            return new Delivery.Skip("the lead was contacted");
        }
        String owner = reps.find(reminder.workspace(), referral.get().rep()).map(Rep::displayName)
                .orElse(referral.get().rep().value());
        return new Delivery.Say(Reply.of(owner + "'s referred lead " + name(reminder, referral.get().lead())
                + " (from " + name(reminder, referral.get().referrer()) + ", "
                + moments.dateTime(referral.get().receivedAt()) + ") has not been contacted after a working day. "
                + "A word from you may help."));
    }

    private Delivery referrerUpdate(Reminder reminder, Instant now) {
        Optional<Referral> referral = referral(reminder);
        if (referral.isEmpty() || !referral.get().isOpen()) {
            return new Delivery.Skip("the lead is closed");
        }
        if (referral.get().referrerLastHeard().plus(ReminderPlanner.REFERRER_QUIET).isAfter(now)) {
            return new Delivery.Skip("the referrer was updated recently");
        }
        Optional<Contact> lead = contacts.find(reminder.workspace(), referral.get().lead());
        Optional<Contact> referrer = contacts.find(reminder.workspace(), referral.get().referrer());
        if (lead.isEmpty() || referrer.isEmpty()) {
            return new Delivery.Skip("the lead or the referrer is gone");
        }
        String name = referrer.get().name().display();
        return new Delivery.Say(new Reply(name + " hasn't heard about " + lead.get().name().display()
                + " for two weeks. The person who opened the door wants to know what happened.",
                List.of(new Field("Draft for " + referrer.get().name().firstName(),
                        ReferrerUpdate.draft(referral.get(), lead.get(), referrer.get()))),
                List.of(SuggestedAction.send("Updated " + referrer.get().name().firstName(), "updated " + name),
                        snoozeDay(reminder))));
    }

    private Delivery thanks(Reminder reminder) {
        Optional<Referral> referral = referral(reminder);
        if (referral.isEmpty()) {
            return new Delivery.Skip("the referral is gone");
        }
        Referral r = referral.get();
        Instant occasion = r.stage() == LeadStage.WON ? r.current().at() : r.receivedAt();
        if (r.thankedAt().filter(t -> !t.isBefore(occasion)).isPresent()) {
            return new Delivery.Skip("the referrer was thanked");
        }
        String referrer = name(reminder, r.referrer());
        String lead = name(reminder, r.lead());
        String first = referrer.split(" ")[0];
        String text = r.stage() == LeadStage.WON
                ? lead + " signed: tell " + referrer + " and thank them. A call, a note or a small gift card."
                : "Thank " + referrer + " for introducing " + lead + ": a call, a note or a small gift card. "
                + "The gesture matters more than its size.";
        return new Delivery.Say(new Reply(text, List.of(), List.of(
                SuggestedAction.send("Thanked " + first, "thanked " + referrer), snoozeDay(reminder))));
    }

    private Optional<Referral> referral(Reminder reminder) {
        return reminder.referral().flatMap(id -> referrals.find(reminder.workspace(), id));
    }

    private String name(Reminder reminder, com.referralcoach.core.domain.ContactId id) {
        return contacts.find(reminder.workspace(), id).map(c -> c.name().display()).orElse("someone");
    }

    private Rep managerOf(Rep rep, com.referralcoach.core.domain.RepId manager) {
        return reps.find(rep.workspace(), manager)
                .orElseGet(() -> new Rep(rep.workspace(), manager, manager.value(), rep.zone(), Optional.empty(),
                        rep.joinedAt()));
    }

    private Rep stranger(Reminder reminder, Instant now) {
        return new Rep(reminder.workspace(), reminder.rep(), reminder.rep().value(), defaultZone, Optional.empty(), now);
    }

    private static SuggestedAction snoozeDay(Reminder reminder) {
        return SuggestedAction.send("Snooze 1 day", "snooze #" + reminder.id().code() + " 1 day");
    }
}
