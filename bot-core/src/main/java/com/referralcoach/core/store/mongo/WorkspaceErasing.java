package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.WorkspaceFootprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * A whole workspace's erasure, or its count: every collection in the database (those of later versions too) loses
 * its documents of the workspace ({@code ws}); the installation record (keyed by the workspace) goes; members' homes
 * forget the workspace, and a home left with no workspace goes, with any messages it held. Reminder slots hold only reminder ids and are passed over:
 * a pointer to a reminder that is gone costs the dispatcher a read. The erasures' own marks go last.
 */
final class WorkspaceErasing {
    private static final Set<String> NOT_BY_WORKSPACE = Set.of(Collections.ERASURES, Collections.REMINDER_SLOTS,
            Collections.MEMBER_HOMES, MongoInstallations.COLLECTION);

    private final MongoDatabase database;

    WorkspaceErasing(MongoDatabase database) {
        this.database = database;
    }

    WorkspaceFootprint footprint(WorkspaceId workspace) {
        Document ws = new Document(Fields.WS, workspace.value());
        long reps = count(Collections.REPS, ws);
        long contacts = count(Collections.CONTACTS, ws);
        long all = 0;
        for (String name : collections()) {
            all += count(name, ws);
        }
        all += count(MongoInstallations.COLLECTION, new Document(Fields.ID, workspace.value()));
        return new WorkspaceFootprint(reps, contacts, all - reps - contacts);
    }

    /** Deletes everything of the workspace but the erasure marks; returns what went. */
    WorkspaceFootprint erase(WorkspaceId workspace) {
        Document ws = new Document(Fields.WS, workspace.value());
        long reps = 0;
        long contacts = 0;
        long all = 0;
        for (String name : collections()) {
            long deleted = MongoCalls.get("erase a workspace from " + name,
                    () -> collection(name).deleteMany(ws).getDeletedCount());
            reps += name.equals(Collections.REPS) ? deleted : 0;
            contacts += name.equals(Collections.CONTACTS) ? deleted : 0;
            all += deleted;
        }
        all += MongoCalls.get("erase a workspace's installation", () -> collection(MongoInstallations.COLLECTION)
                .deleteOne(new Document(Fields.ID, workspace.value())).getDeletedCount());
        forgetInHomes(workspace);
        return new WorkspaceFootprint(reps, contacts, all - reps - contacts);
    }

    /** Members' homes drop the workspace from where they used the bot and from their choice. */
    private void forgetInHomes(WorkspaceId workspace) {
        MongoCollection<Document> homes = collection(Collections.MEMBER_HOMES);
        List<Document> found = MongoCalls.get("read member homes", () -> homes.find(new Document("$or", List.of(
                new Document(Fields.USED_IN, workspace.value()), new Document(Fields.CHOSEN, workspace.value()))))
                .into(new ArrayList<>()));
        for (Document home : found) {
            Document rest = new Document(home);
            rest.put(Fields.USED_IN, home.getList(Fields.USED_IN, String.class, List.of()).stream()
                    .filter(used -> !used.equals(workspace.value())).toList());
            if (workspace.value().equals(home.get(Fields.CHOSEN))) {
                rest.remove(Fields.CHOSEN);
            }
            Document id = new Document(Fields.ID, home.get(Fields.ID));
            boolean empty = rest.getList(Fields.USED_IN, String.class).isEmpty() && !rest.containsKey(Fields.CHOSEN);
            MongoCalls.run("forget a workspace in a member's home",
                    () -> {
                        if (empty) {
                            homes.deleteOne(id);
                        } else {
                            homes.replaceOne(id, rest);
                        }
                    });
        }
    }

    private List<String> collections() {
        List<String> names = MongoCalls.get("list collections", () -> database.listCollectionNames()
                .into(new ArrayList<>()));
        return names.stream().filter(name -> !NOT_BY_WORKSPACE.contains(name) && !name.startsWith("system."))
                .sorted().toList();
    }

    private long count(String name, Document filter) {
        return MongoCalls.get("count in " + name, () -> collection(name).countDocuments(filter));
    }

    private MongoCollection<Document> collection(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
