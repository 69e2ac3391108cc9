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
    private final MongoCollection<Document> reps;
    private final QuestionHints hints;

    MongoPendingQuestions(MongoCollection<Document> questions, MongoCollection<Document> reps, QuestionHints hints) {
        this.questions = questions;
        this.reps = reps;
        this.hints = hints;
    }

    @Override
    public void ask(PendingQuestion question) {
        String id = idOf(question.workspace(), question.rep());
        Document document = new Document(Fields.ID, id).append(Fields.WS, question.workspace().value())
                .append(Fields.REP, question.rep().value())
                .append(READING, CommandCodec.encode(question.reading()))
                .append(SUMMARY, question.summary()).append(TEXT, question.text())
                .append(Fields.AT, StoredFields.date(question.askedAt()));
        // The flag first: a flag without a question costs one empty take; a question without a flag is never taken.
        MongoCalls.run("flag a question", () -> reps.updateOne(new Document(Fields.ID,
                RepMapper.idOf(question.workspace(), question.rep())),
                new Document("$set", new Document(QuestionHints.FLAG, true))));
        MongoCalls.run("keep a question", () -> questions.replaceOne(new Document(Fields.ID, id), document, UPSERT));
    }

    @Override
    public Optional<PendingQuestion> take(WorkspaceId workspace, RepId rep) {
        String repId = RepMapper.idOf(workspace, rep);
        Boolean hint = hints.take(repId);
        if (Boolean.FALSE.equals(hint)) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(hint)) {
            // The flag off first: a question asked meanwhile sets it again and is taken below or next time.
            MongoCalls.run("unflag a question", () -> reps.updateOne(new Document(Fields.ID, repId),
                    new Document("$unset", new Document(QuestionHints.FLAG, ""))));
        }
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
