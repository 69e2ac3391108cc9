package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Pending questions that name a contact by id (a "yes" still to come to forget, delete or merge them) made to name
 * another: after a merge, the duplicate's id becomes the kept person's, at any depth of the question's reading.
 * Questions are read by workspace and rewritten one by {@code _id}.
 */
final class QuestionIds {
    private QuestionIds() {
    }

    static void replace(MongoCollection<Document> questions, WorkspaceId workspace, String from, String to) {
        List<Document> naming = new ArrayList<>();
        MongoCalls.run("read pending questions", () -> questions.find(new Document(Fields.WS, workspace.value()))
                .forEach(question -> {
                    if (replaced(question, from, to)) {
                        naming.add(question);
                    }
                }));
        for (Document question : naming) {
            MongoCalls.run("point a pending question at the person kept",
                    () -> questions.replaceOne(new Document(Fields.ID, question.get(Fields.ID)), question));
        }
    }

    /** Replaces {@code from} with {@code to} in every string value equal to it, in place; true when any was. */
    @SuppressWarnings("unchecked")
    private static boolean replaced(Object value, String from, String to) {
        boolean any = false;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (from.equals(entry.getValue())) {
                    entry.setValue(to);
                    any = true;
                } else {
                    any |= replaced(entry.getValue(), from, to);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (from.equals(list.get(i))) {
                    ((List<Object>) list).set(i, to);
                    any = true;
                } else {
                    any |= replaced(list.get(i), from, to);
                }
            }
        }
        return any;
    }
}
