package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventId;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;

/** RelationshipEvent <-> document of the {@code relationshipEvents} collection; a date is kept as "yyyy-MM-dd". */
final class RelationshipMapper {
    static final String KIND = "kind";
    static final String SCORE = "score";
    static final String DAYS = "cadenceDays";
    static final String DATE = "date";

    private RelationshipMapper() {
    }

    static Document toDocument(RelationshipEvent event) {
        Document document = new Document(Fields.ID, event.id().value())
                .append(Fields.WS, event.workspace().value())
                .append(Fields.REP, event.rep().value())
                .append(Fields.CONTACT, event.contact().value())
                .append(KIND, event.kind().name());
        putOptional(document, Fields.NOTE, event.note());
        putOptional(document, SCORE, event.score());
        putOptional(document, DAYS, event.days());
        putOptional(document, DATE, event.date().map(LocalDate::toString));
        return document.append(Fields.AT, date(event.at()));
    }

    static RelationshipEvent toEvent(Document document) {
        return new RelationshipEvent(new WorkspaceId(string(document, Fields.WS)),
                new RelationshipEventId(string(document, Fields.ID)), new RepId(string(document, Fields.REP)),
                new ContactId(string(document, Fields.CONTACT)),
                RelationshipEventKind.valueOf(string(document, KIND)), optionalString(document, Fields.NOTE),
                Optional.ofNullable(document.getInteger(SCORE)), Optional.ofNullable(document.getInteger(DAYS)),
                optionalString(document, DATE).map(LocalDate::parse), instant(document, Fields.AT));
    }
}
