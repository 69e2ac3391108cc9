package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import java.util.List;
import org.bson.conversions.Bson;

/** The indexes each query of the repositories uses on real MongoDB; created idempotently at startup. */
final class StoreIndexes {
    private StoreIndexes() {
    }

    static void create(MongoDatabase database) {
        // Lookups and saves filter on {_id, ws}. Real MongoDB answers them from the _id index; the embedded
        // server only uses an index whose keys are exactly the query's, so each collection gets a unique
        // {_id, ws} index too. Without it, every save and every find by id scans the whole collection there.
        for (String name : List.of(Collections.REPS, Collections.CONTACTS, Collections.MEETINGS, Collections.ASKS,
                Collections.REFERRALS)) {
            createUnique(database, name, "id_ws", ascending(Fields.ID, Fields.WS));
        }
        create(database, Collections.CONTACTS, "ws_key",
                compoundIndex(ascending(Fields.WS, Fields.KEY), ascending(Fields.ID)));
        create(database, Collections.CONTACTS, "ws_first_key", ascending(Fields.WS, Fields.FIRST_WORD, Fields.KEY));
        create(database, Collections.CONTACTS, "ws_mail", ascending(Fields.WS, Fields.MAIL));
        create(database, Collections.MEETINGS, "ws_rep_contact_endsAt",
                compoundIndex(ascending(Fields.WS, Fields.REP, Fields.CONTACT),
                        descending(Fields.ENDS_AT, Fields.ID)));
        create(database, Collections.ASKS, "ws_rep_contact_at",
                compoundIndex(ascending(Fields.WS, Fields.REP, Fields.CONTACT), descending(Fields.AT, Fields.ID)));
        create(database, Collections.REFERRALS, "ws_rep_open_receivedAt",
                ascending(Fields.WS, Fields.REP, Fields.OPEN, Fields.RECEIVED_AT, Fields.ID));
        create(database, Collections.REFERRALS, "ws_stage_rep_receivedAt",
                ascending(Fields.WS, Fields.STAGE, Fields.REP, Fields.RECEIVED_AT, Fields.ID));
        create(database, Collections.REFERRALS, "ws_rep_referrer_receivedAt",
                ascending(Fields.WS, Fields.REP, Fields.REFERRER, Fields.RECEIVED_AT, Fields.ID));
        create(database, Collections.REFERRALS, "ws_rep_lead_receivedAt",
                ascending(Fields.WS, Fields.REP, Fields.LEAD, Fields.RECEIVED_AT, Fields.ID));
        createUnique(database, Collections.BUSINESS, "id_ws", ascending(Fields.ID, Fields.WS));
        create(database, Collections.BUSINESS, "ws_rep_source_at",
                ascending(Fields.WS, Fields.REP, Fields.SOURCE, Fields.AT, Fields.ID));
        createReminderIndexes(database);
    }

    private static void createReminderIndexes(MongoDatabase database) {
        // Compare-and-set filters {_id, v} and the watermark's {_id, m} and a slot's {_id, n}: exactly these
        // keys, so the embedded server serves them from these unique indexes (real MongoDB from _id).
        createUnique(database, Collections.REMINDERS, "id_v", ascending(Fields.ID, Fields.V));
        createUnique(database, Collections.REMINDER_SLOTS, "id_m", ascending(Fields.ID, Fields.MINUTE));
        createUnique(database, Collections.REMINDER_SLOTS, "id_n", ascending(Fields.ID, Fields.N));
        create(database, Collections.REMINDERS, "ws_rep_status_dueAt",
                ascending(Fields.WS, Fields.REP, Fields.STATUS, Fields.DUE_AT, Fields.ID));
        create(database, Collections.REMINDERS, "ws_rep_status_sentAt",
                compoundIndex(ascending(Fields.WS, Fields.REP, Fields.STATUS), descending(Fields.SENT_AT)));
        // A meeting looks up the pending check-in with its contact, a referral's progress the pending reminders of
        // that referral: by the rep's status alone, each would read every reminder the rep has pending (a check-in
        // per contact, a birthday a year...), on MongoDB as on the embedded store.
        create(database, Collections.REMINDERS, "ws_rep_contact_status_dueAt",
                ascending(Fields.WS, Fields.REP, Fields.CONTACT, Fields.STATUS, Fields.DUE_AT, Fields.ID));
        create(database, Collections.REMINDERS, "ws_rep_referral_status_dueAt",
                ascending(Fields.WS, Fields.REP, Fields.REFERRAL, Fields.STATUS, Fields.DUE_AT, Fields.ID));
    }

    static void createUnique(MongoDatabase database, String collection, String name, Bson keys) {
        MongoCalls.run("create index " + name + " on " + collection, () -> database.getCollection(collection)
                .createIndexes(List.of(new IndexModel(keys, new IndexOptions().name(name).unique(true)))));
    }

    static void create(MongoDatabase database, String collection, String name, Bson keys) {
        MongoCalls.run("create index " + name + " on " + collection, () -> database.getCollection(collection)
                .createIndexes(List.of(new IndexModel(keys, new IndexOptions().name(name)))));
    }
}
