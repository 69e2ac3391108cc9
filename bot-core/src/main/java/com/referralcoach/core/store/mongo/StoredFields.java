package com.referralcoach.core.store.mongo;

import com.referralcoach.core.ReferralCoachException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Typed reads and writes of document fields: instants as BSON dates, absent fields for empty Optionals. */
final class StoredFields {
    private StoredFields() {
    }

    static void putOptional(Document document, String field, Optional<?> value) {
        value.ifPresent(v -> document.append(field, v));
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    static String string(Document document, String field) {
        return required(document, field, String.class);
    }

    static Optional<String> optionalString(Document document, String field) {
        return Optional.ofNullable(document.get(field, String.class));
    }

    static Instant instant(Document document, String field) {
        return required(document, field, Date.class).toInstant();
    }

    static Optional<Instant> optionalInstant(Document document, String field) {
        return Optional.ofNullable(document.get(field, Date.class)).map(Date::toInstant);
    }

    static List<Document> documents(Document document, String field) {
        return document.getList(field, Document.class, List.of());
    }

    private static <T> T required(Document document, String field, Class<T> type) {
        T value = document.get(field, type);
        if (value == null) {
            throw new ReferralCoachException("stored document " + document.get(Fields.ID) + " has no " + field);
        }
        return value;
    }
}
