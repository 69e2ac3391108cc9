package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.T0;
import static com.referralcoach.core.store.StoreSamples.at;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.ShowContact;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * A workspace where Jane Doe is held everywhere a person can be (contact, meetings, asks, referrals as referrer and as
 * lead, reminders, events, the inbox, a held message, an open question, a button text, an undo record, an import
 * ledger) next to Tom Lee, who is held in the same places and must stay; and a full scan of the database.
 */
public final class PersonWorld {
    public static final String JANE_EMAIL = "Jane.Doe@Acme.example";

    public final WorkspaceId workspace;
    public final RepId rep;
    public final Contact jane;
    public final Contact tom;
    public final Contact bo;

    private PersonWorld(WorkspaceId workspace, RepId rep, Contact jane, Contact tom, Contact bo) {
        this.workspace = workspace;
        this.rep = rep;
        this.jane = jane;
        this.tom = tom;
        this.bo = bo;
    }

    /** Seeds {@code workspace} through the store's ports and the adapters' bookkeeping stores. */
    public static PersonWorld seed(CoachStore store, MongoDatabase database, WorkspaceId workspace, RepId rep) {
        Rep ana = new Rep(workspace, rep, "Ana Rep", ZoneOffset.UTC, Optional.empty(), T0);
        store.reps().save(ana);
        Contact jane = new Contact(workspace, ContactId.random(), new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.of(JANE_EMAIL), Optional.of("+1 555 0100"), T0);
        Contact tom = new Contact(workspace, ContactId.random(), new PersonName("Tom Lee"), Optional.of("Globex"),
                Optional.of("tom@globex.example"), Optional.empty(), T0);
        Contact bo = new Contact(workspace, ContactId.random(), new PersonName("Bo Park"), Optional.empty(),
                Optional.empty(), Optional.empty(), T0);
        store.contacts().save(tom);
        store.contacts().save(bo);
        ImportId imported = ImportId.random();
        store.imports().begin(ContactImport.started(ana, imported, "Connections.csv", at(1)));
        store.imports().write(new ImportBatch(workspace, imported, 0, List.of(jane), List.of(new ContactFill(tom.id(),
                Optional.empty(), Optional.empty(), Optional.of("555"), Optional.of("CFO"), Optional.empty())),
                List.of(), List.of()));
        store.imports().complete(workspace, imported, at(2));

        Meeting withJane = new Meeting(workspace, MeetingId.random(), rep, jane.id(), Optional.of("pricing"),
                Optional.empty(), at(10), at(10));
        Meeting withTom = new Meeting(workspace, MeetingId.random(), rep, tom.id(), Optional.of("renewal"),
                Optional.empty(), at(11), at(11));
        store.meetings().save(withJane);
        store.meetings().save(withTom);
        store.asks().save(new Ask(workspace, AskId.random(), rep, jane.id(), AskOutcome.ASKED,
                Optional.of("she'll think about it"), at(12)));
        store.asks().save(new Ask(workspace, AskId.random(), rep, tom.id(), AskOutcome.ASKED, Optional.empty(), at(12)));
        Referral fromJane = Referral.received(workspace, rep, jane.id(), bo.id(), Optional.of("CRM help"), at(13));
        Referral toJane = Referral.received(workspace, rep, tom.id(), jane.id(), Optional.empty(), at(14));
        Referral fromTom = Referral.received(workspace, rep, tom.id(), bo.id(), Optional.empty(), at(15));
        List.of(fromJane, toJane, fromTom).forEach(store.referrals()::save);
        store.reminders().schedule(Reminder.pending(workspace, ReminderId.random(), rep, ReminderKind.ASK_AFTER_MEETING,
                Optional.of(jane.id()), Optional.of(withJane.id()), Optional.empty(), at(600), at(10)));
        store.reminders().schedule(Reminder.pending(workspace, ReminderId.random(), rep,
                ReminderKind.LEAD_NOT_CONTACTED_HOUR, Optional.of(bo.id()), Optional.empty(),
                Optional.of(fromJane.id()), at(600), at(13)));
        store.reminders().schedule(Reminder.pending(workspace, ReminderId.random(), rep, ReminderKind.ASK_AFTER_MEETING,
                Optional.of(tom.id()), Optional.of(withTom.id()), Optional.empty(), at(600), at(11)));
        store.relationships().save(RelationshipEvent.dated(ana, jane.id(), RelationshipEventKind.BIRTHDAY,
                LocalDate.of(1990, 4, 12), at(16)));
        store.relationships().save(RelationshipEvent.dated(ana, tom.id(), RelationshipEventKind.BIRTHDAY,
                LocalDate.of(1985, 1, 2), at(16)));
        store.goals().save(new Goal(workspace, GoalOwner.rep(rep), GoalMetric.ASKS, 5, GoalPeriod.WEEK, at(1)));
        store.teams().save(new Team(workspace, "East", Set.of(rep), Optional.of(rep), ZoneOffset.UTC));
        store.tallies().record(Activity.of(workspace, rep, ActivityKind.ASK_MADE, at(12)));

        MongoCoachStore.openInbox(database).keepAll(List.of(
                new PendingMessage("slack", workspace, "E1", rep, "met Jane Doe at Acme about pricing", "D1",
                        Optional.empty(), at(20)),
                new PendingMessage("slack", workspace, "E2", rep, "met Tom Lee about the renewal", "D1",
                        Optional.empty(), at(20))));
        var homes = MongoCoachStore.openMemberHomes(database);
        homes.used("discord", "M-" + rep.value(), workspace);
        homes.hold("discord", "M-" + rep.value(), new HeldMessage("H1", "call " + JANE_EMAIL.toLowerCase(Locale.ROOT)
                + " back", "C1", at(21)));
        homes.hold("discord", "M-" + rep.value(), new HeldMessage("H2", "pipeline", "C1", at(21)));
        var buttons = MongoCoachStore.openActionTexts(database);
        buttons.keep(workspace, "asked jane doe - got a referral from her about the Q3 rollout");
        buttons.keep(workspace, "asked Tom Lee - got a referral from him about the Q3 rollout");
        store.questions().ask(new PendingQuestion(workspace, new RepId("U-OTHER"), new ShowContact(PersonRef.of(
                "Jane Doe")), "contact Jane Doe", "contact Jane Doe", at(22)));
        store.changes().recording(workspace, rep, at(23), () -> {
            store.contacts().save(jane.learn(Optional.empty(), Optional.empty(), Optional.of("+1 555 0199")));
            return null;
        });
        store.changes().recording(workspace, rep, at(24), () -> {
            store.contacts().save(tom.learn(Optional.empty(), Optional.empty(), Optional.of("+1 555 0200")));
            return null;
        });
        return new PersonWorld(workspace, rep, jane, tom, bo);
    }

    /** Every document of every collection, as JSON. */
    public static List<String> scan(MongoDatabase database) {
        List<String> all = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach(document -> all.add(name + " " + document.toJson()));
        }
        return all;
    }

    /** The documents that mention {@code text}, ignoring case. */
    public static List<String> mentioning(MongoDatabase database, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return scan(database).stream().filter(json -> json.toLowerCase(Locale.ROOT).contains(lower)).toList();
    }

    /** The documents of one workspace, by its {@code ws} field, as JSON. */
    public static List<String> of(MongoDatabase database, WorkspaceId workspace) {
        List<String> all = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find(new Document("ws", workspace.value()))
                    .forEach(document -> all.add(name + " " + document.toJson()));
        }
        all.sort(null);
        return all;
    }
}
