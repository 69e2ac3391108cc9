package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import com.mongodb.client.model.UpdateOptions;
import com.referralcoach.core.domain.Installation;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Installations in {@code installations}, one document per workspace that ever removed the bot or was installed
 * through OAuth, its {@code _id} the workspace id: {@code active}, the last change's reason and time, the bot's
 * token and its details ({@code bot}, see {@link InstallationMapper}), and for a team reached through an org-wide
 * installation the enterprise ({@code org}). Each change of standing is one findOneAndUpdate that returns the
 * document before it, so exactly one caller learns of each change; a removal drops {@code bot} in the same write.
 */
final class MongoInstallations implements Installations {
    static final String COLLECTION = "installations";
    private static final String ACTIVE = "active";
    private static final String REASON = "reason";
    private static final String ORG = "org";
    private static final FindOneAndUpdateOptions UPSERT_BEFORE = new FindOneAndUpdateOptions().upsert(true)
            .returnDocument(ReturnDocument.BEFORE);

    private final MongoCollection<Document> installations;

    MongoInstallations(MongoCollection<Document> installations) {
        this.installations = installations;
    }

    @Override
    public boolean active(WorkspaceId workspace) {
        Document found = MongoCalls.get("read whether a workspace has the bot",
                () -> installations.find(eq(Fields.ID, workspace.value())).first());
        return found == null || found.getBoolean(ACTIVE, true);
    }

    @Override
    public boolean removed(WorkspaceId workspace, String reason, Instant at) {
        return change(workspace, false, reason, at);
    }

    @Override
    public boolean restored(WorkspaceId workspace, Instant at) {
        return change(workspace, true, "restored", at);
    }

    @Override
    public void installed(Installation installation) {
        MongoCalls.run("keep a workspace's installation", () -> installations.updateOne(
                eq(Fields.ID, installation.workspace().value()), Updates.combine(Updates.set(ACTIVE, true),
                        Updates.set(REASON, "installed"), Updates.set(Fields.AT,
                                StoredFields.date(installation.installedAt())),
                        Updates.set(InstallationMapper.BOT, InstallationMapper.toDocument(installation))),
                new UpdateOptions().upsert(true)));
    }

    @Override
    public Optional<Installation> installation(WorkspaceId workspace) {
        Document found = read(workspace);
        if (found == null || !found.getBoolean(ACTIVE, true)) {
            return Optional.empty();
        }
        Document bot = found.get(InstallationMapper.BOT, Document.class);
        if (bot != null) {
            return Optional.of(InstallationMapper.fromDocument(workspace, bot));
        }
        String org = found.getString(ORG);
        if (org == null) {
            return Optional.empty();
        }
        WorkspaceId enterprise = new WorkspaceId(org);
        Document orgInstall = read(enterprise);
        Document orgBot = orgInstall == null || !orgInstall.getBoolean(ACTIVE, true) ? null
                : orgInstall.get(InstallationMapper.BOT, Document.class);
        return orgBot != null && InstallationMapper.orgWide(orgBot)
                ? Optional.of(InstallationMapper.fromDocument(enterprise, orgBot)) : Optional.empty();
    }

    @Override
    public void joined(WorkspaceId team, WorkspaceId enterprise) {
        MongoCalls.run("record a team of an org-wide installation", () -> installations.updateOne(
                eq(Fields.ID, team.value()), Updates.set(ORG, enterprise.value()), new UpdateOptions().upsert(true)));
    }

    private Document read(WorkspaceId workspace) {
        return MongoCalls.get("read a workspace's installation",
                () -> installations.find(eq(Fields.ID, workspace.value())).first());
    }

    private boolean change(WorkspaceId workspace, boolean active, String reason, Instant at) {
        Bson standing = Updates.combine(Updates.set(ACTIVE, active), Updates.set(REASON, reason),
                Updates.set(Fields.AT, StoredFields.date(at)));
        Bson update = active ? standing : Updates.combine(standing, Updates.unset(InstallationMapper.BOT));
        Document before = MongoCalls.get("record whether a workspace has the bot", () -> installations
                .findOneAndUpdate(eq(Fields.ID, workspace.value()), update, UPSERT_BEFORE));
        boolean wasActive = before == null || before.getBoolean(ACTIVE, true);
        return wasActive != active;
    }
}
