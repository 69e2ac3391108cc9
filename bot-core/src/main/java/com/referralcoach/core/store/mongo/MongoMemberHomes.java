package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.MemberHome;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MemberHomes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Members' homes in {@code memberHomes}, one document per platform member, its {@code _id} the platform and the
 * member id: the workspaces used as a set, the choice, and the held messages as an array that a hold appends to
 * (only while it has fewer than {@link #HELD_LIMIT}) and a release pulls from by message id.
 */
final class MongoMemberHomes implements MemberHomes {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> homes;

    MongoMemberHomes(MongoCollection<Document> homes) {
        this.homes = homes;
    }

    @Override
    public MemberHome of(String platform, String member) {
        return find(platform, member).map(found -> new MemberHome(
                found.getList(Fields.USED_IN, String.class, List.of()).stream().map(WorkspaceId::new)
                        .collect(Collectors.toSet()),
                StoredFields.optionalString(found, Fields.CHOSEN).map(WorkspaceId::new))).orElse(MemberHome.UNKNOWN);
    }

    @Override
    public void used(String platform, String member, WorkspaceId workspace) {
        MongoCalls.run("remember where a member uses the bot", () -> homes.updateOne(
                eq(Fields.ID, idOf(platform, member)), Updates.addToSet(Fields.USED_IN, workspace.value()), UPSERT));
    }

    @Override
    public void choose(String platform, String member, WorkspaceId workspace) {
        MongoCalls.run("remember where a member's messages go", () -> homes.updateOne(
                eq(Fields.ID, idOf(platform, member)), Updates.combine(Updates.set(Fields.CHOSEN, workspace.value()),
                        Updates.addToSet(Fields.USED_IN, workspace.value())), UPSERT));
    }

    @Override
    public boolean hold(String platform, String member, HeldMessage message) {
        Document held = new Document(Fields.MESSAGE, message.id()).append(Fields.TEXT, message.text())
                .append(Fields.CHANNEL, message.channel()).append(Fields.AT, StoredFields.date(message.heardAt()));
        try {
            // Matches only while fewer than the limit are held; past it, the upsert's insert meets the _id taken.
            homes.updateOne(and(eq(Fields.ID, idOf(platform, member)),
                    exists(Fields.HELD + "." + (HELD_LIMIT - 1), false)), Updates.push(Fields.HELD, held), UPSERT);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw MongoCalls.failure("hold a member's message", e);
        } catch (MongoException e) {
            throw MongoCalls.failure("hold a member's message", e);
        }
    }

    @Override
    public List<HeldMessage> held(String platform, String member) {
        return find(platform, member).map(home -> StoredFields.documents(home, Fields.HELD)).orElse(List.of())
                .stream().map(held -> new HeldMessage(StoredFields.string(held, Fields.MESSAGE),
                        StoredFields.string(held, Fields.TEXT), StoredFields.string(held, Fields.CHANNEL),
                        StoredFields.instant(held, Fields.AT))).toList();
    }

    @Override
    public void release(String platform, String member, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        MongoCalls.run("let go of a member's held messages", () -> homes.updateOne(
                eq(Fields.ID, idOf(platform, member)),
                Updates.pull(Fields.HELD, in(Fields.MESSAGE, List.copyOf(messageIds)))));
    }

    private Optional<Document> find(String platform, String member) {
        return Optional.ofNullable(MongoCalls.get("read where a member's messages go",
                () -> homes.find(eq(Fields.ID, idOf(platform, member))).first()));
    }

    /** Unique per platform; the parts are joined by a character neither contains. */
    private static String idOf(String platform, String member) {
        return platform + '\u001f' + member;
    }
}
