package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalInstant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import org.bson.Document;

/** Meeting <-> document of the {@code meetings} collection. */
final class MeetingMapper {
    private MeetingMapper() {
    }

    static Document toDocument(Meeting meeting) {
        Document document = new Document(Fields.ID, meeting.id().value())
                .append(Fields.WS, meeting.workspace().value())
                .append(Fields.REP, meeting.rep().value())
                .append(Fields.CONTACT, meeting.contact().value());
        putOptional(document, Fields.TOPIC, meeting.topic());
        putOptional(document, Fields.STARTS_AT, meeting.startsAt().map(StoredFields::date));
        return document.append(Fields.ENDS_AT, date(meeting.endsAt()))
                .append(Fields.LOGGED_AT, date(meeting.loggedAt()));
    }

    static Meeting toMeeting(Document document) {
        return new Meeting(new WorkspaceId(string(document, Fields.WS)), new MeetingId(string(document, Fields.ID)),
                new RepId(string(document, Fields.REP)), new ContactId(string(document, Fields.CONTACT)),
                optionalString(document, Fields.TOPIC), optionalInstant(document, Fields.STARTS_AT),
                instant(document, Fields.ENDS_AT), instant(document, Fields.LOGGED_AT));
    }
}
