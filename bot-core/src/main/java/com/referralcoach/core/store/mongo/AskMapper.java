package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import org.bson.Document;

/** Ask <-> document of the {@code asks} collection; the outcome is stored as its enum name. */
final class AskMapper {
    private AskMapper() {
    }

    static Document toDocument(Ask ask) {
        Document document = new Document(Fields.ID, ask.id().value())
                .append(Fields.WS, ask.workspace().value())
                .append(Fields.REP, ask.rep().value())
                .append(Fields.CONTACT, ask.contact().value())
                .append(Fields.OUTCOME, ask.outcome().name());
        putOptional(document, Fields.NOTE, ask.note());
        return document.append(Fields.AT, date(ask.at()));
    }

    static Ask toAsk(Document document) {
        return new Ask(new WorkspaceId(string(document, Fields.WS)), new AskId(string(document, Fields.ID)),
                new RepId(string(document, Fields.REP)), new ContactId(string(document, Fields.CONTACT)),
                AskOutcome.valueOf(string(document, Fields.OUTCOME)), optionalString(document, Fields.NOTE),
                instant(document, Fields.AT));
    }
}
