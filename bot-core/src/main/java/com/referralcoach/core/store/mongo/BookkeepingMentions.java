package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The bot's own bookkeeping that can hold a person in free text: messages waiting in the inbox, messages held until
 * a member picks a workspace, open questions, the texts behind long buttons, and undo records. Each is small (it
 * empties as messages are answered, questions taken, records age out), so the workspace's documents are read and
 * checked one by one; the ones that mention the person go whole (undo records one record at a time, held messages one
 * message at a time).
 */
final class BookkeepingMentions {
    /** What was found: waiting messages (inbox and held), undo records, and other mentions. */
    record Counts(long waiting, long undoRecords, long other) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final MongoDatabase database;

    BookkeepingMentions(MongoDatabase database) {
        this.database = database;
    }

    Counts apply(WorkspaceId workspace, PersonMentions person, boolean erase) {
        long inbox = whole(Collections.INBOX, workspace, person, erase);
        long held = held(workspace, person, erase);
        long questions = whole(Collections.PENDING_QUESTIONS, workspace, person, erase);
        long buttons = whole(MongoActionTexts.COLLECTION, workspace, person, erase);
        long records = new JournalScrub(collection(Collections.CHANGES)).apply(workspace, person::in, erase);
        return new Counts(inbox + held, records, questions + buttons);
    }

    private long whole(String name, WorkspaceId workspace, PersonMentions person, boolean erase) {
        MongoCollection<Document> collection = collection(name);
        List<Object> ids = new ArrayList<>();
        MongoCalls.run("read " + name, () -> collection.find(new Document(Fields.WS, workspace.value()))
                .forEach(document -> {
                    if (person.in(document)) {
                        ids.add(document.get(Fields.ID));
                    }
                }));
        if (erase && !ids.isEmpty()) {
            MongoCalls.run("erase from " + name,
                    () -> collection.deleteMany(new Document(Fields.ID, new Document("$in", ids))));
        }
        return ids.size();
    }

    /** Members' held messages that mention the person, in the homes of members who used this workspace. */
    private long held(WorkspaceId workspace, PersonMentions person, boolean erase) {
        MongoCollection<Document> homes = collection(Collections.MEMBER_HOMES);
        List<Document> holding = new ArrayList<>();
        MongoCalls.run("read member homes", () -> homes.find(new Document(Fields.USED_IN, workspace.value()))
                .forEach(home -> {
                    if (StoredFields.documents(home, Fields.HELD).stream().anyMatch(person::in)) {
                        holding.add(home);
                    }
                }));
        long count = 0;
        for (Document home : holding) {
            List<Document> mentioning = StoredFields.documents(home, Fields.HELD).stream().filter(person::in).toList();
            count += mentioning.size();
            if (erase) {
                List<Object> messages = mentioning.stream().map(held -> held.get(Fields.MESSAGE)).toList();
                MongoCalls.run("erase held messages", () -> homes.updateOne(new Document(Fields.ID, home.get(Fields.ID)),
                        new Document("$pull", new Document(Fields.HELD,
                                new Document(Fields.MESSAGE, new Document("$in", messages))))));
            }
        }
        return count;
    }

    private MongoCollection<Document> collection(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
