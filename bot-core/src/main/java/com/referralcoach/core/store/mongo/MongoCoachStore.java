package com.referralcoach.core.store.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.port.MessageInbox;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/** Opens the MongoDB-backed {@link CoachStore}: creates its indexes, then hands out the repositories. */
public final class MongoCoachStore {
    /** Writes wait for a majority of the replica set and for the journal (a standalone server: its journal). */
    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    private MongoCoachStore() {
    }

    /** The store, whose reminder queue reads {@code clock} for leases and for slots of past-due reminders. */
    public static CoachStore open(MongoDatabase server, Clock clock) {
        ReadAheadCache ahead = new ReadAheadCache();
        // every write, recorded for undo or not, drops what a message read ahead from its collection
        MongoDatabase raw = ahead.watch(server);
        RecordingCollections recorder = new RecordingCollections(MongoCoachStore::undoable);
        MongoDatabase database = recorder.watch(raw);
        StoreIndexes.create(database);
        MongoRelationshipLog.createIndexes(database);
        StoreIndexes.create(raw, Collections.CHANGES, "ws_rep_at",
                com.mongodb.client.model.Indexes.ascending(Fields.WS, Fields.REP, Fields.AT));
        ContactFirstWords.backfill(collection(database, Collections.CONTACTS));
        ContactMails.backfill(collection(database, Collections.CONTACTS));
        QuestionHints hints = new QuestionHints();
        return new CoachStore(
                new MongoRepRoster(collection(database, Collections.REPS), hints, ahead),
                new MongoContactBook(collection(database, Collections.CONTACTS), ahead),
                new MongoMeetingLog(collection(database, Collections.MEETINGS), ahead),
                new MongoAskLog(collection(database, Collections.ASKS), ahead),
                new MongoReferralLedger(collection(database, Collections.REFERRALS)),
                new MongoReminderQueue(new ReminderDocuments(collection(database, Collections.REMINDERS), ahead),
                        new ReminderSlots(collection(database, Collections.REMINDER_SLOTS)), clock),
                new MongoRelationshipLog(collection(database, MongoRelationshipLog.COLLECTION), ahead),
                MongoTeamRoster.open(database), MongoGoalBook.open(database), MongoActivityTally.open(database),
                MongoDigestLog.open(database),
                new MongoPendingQuestions(collection(raw, Collections.PENDING_QUESTIONS),
                        collection(raw, Collections.REPS), hints),
                new MongoChangeJournal(recorder, raw, DOMAIN),
                new MongoContactImports(collection(raw, Collections.CONTACT_IMPORTS),
                        collection(raw, Collections.IMPORT_BATCHES), collection(raw, Collections.CONTACTS),
                        collection(raw, MongoRelationshipLog.COLLECTION)),
                new MongoRepRecords(raw), new MongoErasures(raw), new MongoContactMerges(database),
                new MongoBusinessLog(collection(database, Collections.BUSINESS)),
                new MongoReadAhead(server, ahead));
    }

    /**
     * What an undo puts back: every document a rep's message writes, except the reminders' due index (an undo puts
     * back the pointer of each reminder it puts back, see {@link MongoChangeJournal}), digest claims (a digest
     * posted stays posted) and the bot's own bookkeeping. Import ledger lines are undoable: imports and erasures
     * write them outside any change, and a merge's move of them is taken back with the merge.
     */
    private static boolean undoable(String collection) {
        return switch (collection) {
            case Collections.REMINDER_SLOTS, Collections.DIGEST_CLAIMS, Collections.INBOX, Collections.MEMBER_HOMES,
                    Collections.PENDING_QUESTIONS, Collections.CHANGES, Collections.CONTACT_IMPORTS -> false;
            default -> true;
        };
    }

    /** The inbox where adapters keep acknowledged messages until they are answered. */
    public static MessageInbox openInbox(MongoDatabase database) {
        return MongoMessageInbox.open(database);
    }

    /**
     * The inbox of a process that shares the store with others: a message left waiting is answered by another
     * process only once it is {@code leftOverAge} old (see {@link MessageInbox#leftOverAge}).
     */
    public static MessageInbox openSharedInbox(MongoDatabase database, Clock clock, java.time.Duration leftOverAge) {
        return MongoMessageInbox.open(database, java.util.Optional.of(new MongoMessageInbox.Shared(clock, leftOverAge)));
    }

    /** Where members' direct messages belong, on platforms whose direct messages name no workspace. */
    public static MemberHomes openMemberHomes(MongoDatabase database) {
        return new MongoMemberHomes(collection(database, Collections.MEMBER_HOMES));
    }

    /** The domain value of each collection's documents, for saying what an undo put back. */
    private static final Map<String, Function<Document, ?>> DOMAIN = Map.ofEntries(
            Map.entry(Collections.REPS, RepMapper::toRep), Map.entry(Collections.CONTACTS, ContactMapper::toContact),
            Map.entry(Collections.MEETINGS, MeetingMapper::toMeeting), Map.entry(Collections.ASKS, AskMapper::toAsk),
            Map.entry(Collections.REFERRALS, ReferralMapper::toReferral),
            Map.entry(Collections.REMINDERS, ReminderMapper::toReminder),
            Map.entry(MongoRelationshipLog.COLLECTION, RelationshipMapper::toEvent),
            Map.entry(Collections.TEAMS, TeamMapper::toTeam), Map.entry(Collections.GOALS, GoalMapper::toGoal),
            Map.entry(Collections.DIGEST_SCHEDULES, DigestScheduleMapper::toSchedule),
            Map.entry(Collections.BUSINESS, MongoBusinessLog::toBusiness));

    /** Reps' calendar feeds, the occurrences read from them, and the calendar settings. */
    public static com.referralcoach.core.port.CalendarBook openCalendarBook(MongoDatabase database) {
        MongoCalendarBook.createIndexes(database);
        return new MongoCalendarBook(collection(database, MongoCalendarBook.FEEDS),
                collection(database, MongoCalendarBook.EVENTS), collection(database, MongoCalendarBook.SETTINGS));
    }

    /** Which workspaces removed the bot, so nothing is sent to them until they are back. */
    public static Installations openInstallations(MongoDatabase database) {
        return new MongoInstallations(collection(database, MongoInstallations.COLLECTION));
    }

    /** The platform events handled, shared by every process on this database (a retry to another one is seen). */
    public static EventLedger openEventLedger(MongoDatabase database) {
        return MongoEventLedger.open(database);
    }

    /** The texts behind buttons too long for their platform's button id, so a click works after a restart. */
    public static ActionTexts openActionTexts(MongoDatabase database) {
        return new MongoActionTexts(collection(database, MongoActionTexts.COLLECTION));
    }

    static MongoCollection<Document> collection(MongoDatabase database, String name) {
        return database.getCollection(name).withWriteConcern(DURABLE);
    }
}
