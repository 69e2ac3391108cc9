package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Erasures;
import com.referralcoach.core.port.PersonFootprint;
import com.referralcoach.core.port.WorkspaceErasure;
import com.referralcoach.core.port.WorkspaceFootprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Erasures over the raw database (never the recorded one: an erasure must not leave the documents it deletes in the
 * undo journal). Each is marked in {@code erasures} first, {@code {_id: "ws|contact|id", ws, kind, contact, at}} or
 * {@code {_id: "ws|workspace", ws, kind, rep, at, started}}, and the mark is deleted when the work is done.
 */
final class MongoErasures implements Erasures {
    private static final String KIND = "kind";
    private static final String CONTACT_KIND = "contact";
    private static final String WORKSPACE_KIND = "workspace";
    private static final String STARTED = "started";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> marks;
    private final PersonErasure people;
    private final WorkspaceErasing workspaces;

    MongoErasures(MongoDatabase database) {
        this.marks = MongoCoachStore.collection(database, Collections.ERASURES);
        this.people = new PersonErasure(database);
        this.workspaces = new WorkspaceErasing(database);
    }

    @Override
    public PersonFootprint footprint(WorkspaceId workspace, ContactId contact) {
        return people.run(workspace, contact, false);
    }

    @Override
    public PersonFootprint erase(WorkspaceId workspace, ContactId contact, Instant at) {
        String id = StoredIds.of(workspace.value(), CONTACT_KIND, contact.value());
        mark(id, new Document(Fields.WS, workspace.value()).append(KIND, CONTACT_KIND)
                .append(Fields.CONTACT, contact.value()).append(Fields.AT, StoredFields.date(at)));
        PersonFootprint erased = people.run(workspace, contact, true);
        MongoCalls.run("end an erasure", () -> marks.deleteOne(new Document(Fields.ID, id)));
        return erased;
    }

    @Override
    public List<ContactId> unfinished(WorkspaceId workspace) {
        List<ContactId> found = new ArrayList<>();
        MongoCalls.run("read erasures under way", () -> marks.find(new Document(Fields.WS, workspace.value())
                .append(KIND, CONTACT_KIND)).forEach(mark -> found.add(new ContactId(mark.getString(Fields.CONTACT)))));
        return found;
    }

    @Override
    public WorkspaceFootprint footprint(WorkspaceId workspace) {
        return workspaces.footprint(workspace);
    }

    @Override
    public void confirmOnce(WorkspaceId workspace, RepId by, Instant at) {
        if (erasure(workspace).filter(WorkspaceErasure::started).isEmpty()) {
            mark(workspaceMark(workspace), workspaceDocument(workspace, by, at, false));
        }
    }

    @Override
    public Optional<WorkspaceErasure> erasure(WorkspaceId workspace) {
        Document found = MongoCalls.get("read a workspace's erasure",
                () -> marks.find(new Document(Fields.ID, workspaceMark(workspace))).first());
        return Optional.ofNullable(found).map(mark -> new WorkspaceErasure(new RepId(mark.getString(Fields.REP)),
                StoredFields.instant(mark, Fields.AT), mark.getBoolean(STARTED, false)));
    }

    @Override
    public WorkspaceFootprint eraseWorkspace(WorkspaceId workspace, RepId by, Instant at) {
        mark(workspaceMark(workspace), workspaceDocument(workspace, by, at, true));
        WorkspaceFootprint erased = workspaces.erase(workspace);
        MongoCalls.run("end a workspace's erasure", () -> {
            marks.deleteMany(new Document(Fields.WS, workspace.value()).append(KIND, CONTACT_KIND));
            marks.deleteOne(new Document(Fields.ID, workspaceMark(workspace)));
        });
        return erased;
    }

    private static Document workspaceDocument(WorkspaceId workspace, RepId by, Instant at, boolean started) {
        return new Document(Fields.WS, workspace.value()).append(KIND, WORKSPACE_KIND).append(Fields.REP, by.value())
                .append(Fields.AT, StoredFields.date(at)).append(STARTED, started);
    }

    private void mark(String id, Document mark) {
        Document withId = new Document(Fields.ID, id);
        withId.putAll(mark);
        MongoCalls.run("mark an erasure", () -> marks.replaceOne(new Document(Fields.ID, id), withId, UPSERT));
    }

    private static String workspaceMark(WorkspaceId workspace) {
        return StoredIds.of(workspace.value(), WORKSPACE_KIND);
    }
}
