package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import java.util.Optional;
import org.bson.Document;

/**
 * Open questions in {@code pendingQuestions}, one document per rep ({@code _id} of workspace and rep) holding the
 * typed reading ({@link CommandCodec}), the summary, the message and when it was asked. Taking one is a single
 * find-and-delete, so an answer is carried out once even when two arrive together.
 */
final class MongoPendingQuestions implements PendingQuestions {
    private static final String READING = "reading";
    private static final String SUMMARY = "summary";
    private static final String TEXT = "text";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> questions;

    MongoPendingQuestions(MongoCollection<Document> questions) {
        this.questions = questions;
    }

    @Override
    public void ask(PendingQuestion question) {
        String id = idOf(question.workspace(), question.rep());
        Document document = new Document(Fields.ID, id).append(Fields.WS, question.workspace().value())
                .append(Fields.REP, question.rep().value())
                .append(READING, CommandCodec.encode(question.reading()))
                .append(SUMMARY, question.summary()).append(TEXT, question.text())
                .append(Fields.AT, StoredFields.date(question.askedAt()));
        MongoCalls.run("keep a question", () -> questions.replaceOne(new Document(Fields.ID, id), document, UPSERT));
    }

    @Override
    public Optional<PendingQuestion> take(WorkspaceId workspace, RepId rep) {
        Document found = MongoCalls.get("take a question",
                () -> questions.findOneAndDelete(new Document(Fields.ID, idOf(workspace, rep))));
        return Optional.ofNullable(found).map(d -> new PendingQuestion(workspace, rep,
                CommandCodec.decode(d.get(READING, Document.class)), d.getString(SUMMARY), d.getString(TEXT),
                StoredFields.instant(d, Fields.AT)));
    }

    private static String idOf(WorkspaceId workspace, RepId rep) {
        return StoredIds.of(workspace.value(), rep.value());
    }
}
