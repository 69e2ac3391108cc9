package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.domain.MeetingId;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The meetings reps logged, in the {@code meetings} collection. */
final class MongoMeetingLog implements MeetingLog {
    private final WorkspaceCollection<Meeting> meetings;

    MongoMeetingLog(MongoCollection<Document> collection) {
        this(collection, new ReadAheadCache());
    }

    MongoMeetingLog(MongoCollection<Document> collection, ReadAheadCache ahead) {
        this.meetings = new WorkspaceCollection<>(collection, MeetingMapper::toMeeting, ahead);
    }

    @Override
    public void save(Meeting meeting) {
        meetings.save(MeetingMapper.toDocument(meeting));
    }

    @Override
    public boolean delete(WorkspaceId workspace, MeetingId id) {
        return meetings.delete(workspace, id.value());
    }

    @Override
    public Optional<Meeting> find(WorkspaceId workspace, MeetingId id) {
        return meetings.findById(workspace, id.value());
    }

    @Override
    public List<Meeting> withContact(WorkspaceId workspace, RepId rep, ContactId contact) {
        return meetings.find(workspace, WorkspaceCollection.ofRepAbout(rep, contact), WITH_CONTACT_ORDER, 0);
    }

    @Override
    public List<Meeting> latestWithContact(WorkspaceId workspace, RepId rep, ContactId contact, int most) {
        return meetings.find(workspace, WorkspaceCollection.ofRepAbout(rep, contact), WITH_CONTACT_ORDER, most);
    }

    /** What {@link #latestWithContact} asks the store, for the read-ahead. */
    static ReadAheadCache.Query latestWithContactQuery(WorkspaceId workspace, RepId rep, ContactId contact,
                                                       int most) {
        return WorkspaceCollection.query(Collections.MEETINGS, workspace, WorkspaceCollection.ofRepAbout(rep, contact),
                WITH_CONTACT_ORDER, most);
    }

    private static final org.bson.conversions.Bson WITH_CONTACT_ORDER = descending(Fields.ENDS_AT, Fields.ID);


    @Override
    public List<Meeting> ofRep(WorkspaceId workspace, RepId rep) {
        return meetings.find(workspace, eq(Fields.REP, rep.value()), descending(Fields.ENDS_AT, Fields.ID), 0);
    }
}
