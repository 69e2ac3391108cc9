package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ActionTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.bson.Document;

/**
 * Button texts in {@code actionTexts}, one document per workspace and text, its {@code _id} "workspace/key" where
 * the key is the first 96 bits of the text's SHA-256 in URL-safe Base64: the same text always gets the same key, so
 * keeping it again is one upsert that changes nothing.
 */
final class MongoActionTexts implements ActionTexts {
    static final String COLLECTION = "actionTexts";
    private static final String TEXT = "text";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> texts;

    MongoActionTexts(MongoCollection<Document> texts) {
        this.texts = texts;
    }

    @Override
    public String keep(WorkspaceId workspace, String text) {
        String key = key(text);
        MongoCalls.run("keep a button's text", () -> texts.updateOne(eq(Fields.ID, id(workspace, key)),
                Updates.combine(Updates.setOnInsert(TEXT, text), Updates.setOnInsert(Fields.WS,
                        workspace.value())), UPSERT));
        return key;
    }

    @Override
    public Optional<String> recall(WorkspaceId workspace, String key) {
        Document found = MongoCalls.get("read a button's text",
                () -> texts.find(eq(Fields.ID, id(workspace, key))).first());
        return Optional.ofNullable(found).map(d -> d.getString(TEXT));
    }

    private static String id(WorkspaceId workspace, String key) {
        return workspace.value() + "/" + key;
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, KEY_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
