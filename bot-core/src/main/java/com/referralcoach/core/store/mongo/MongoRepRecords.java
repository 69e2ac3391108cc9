package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.RepRecords;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;

/**
 * The records of some reps for an export: one query per collection, {@code {ws, rep: {$in: reps}}}, read through the
 * driver's cursor in batches of {@link #BATCH}, each document mapped and handed on before the next batch is fetched.
 */
final class MongoRepRecords implements RepRecords {
    static final int BATCH = 500;

    private final MongoDatabase database;

    MongoRepRecords(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public void contacts(WorkspaceId workspace, Consumer<Contact> each) {
        stream(Collections.CONTACTS, new Document(Fields.WS, workspace.value()), ContactMapper::toContact, each);
    }

    @Override
    public void meetings(WorkspaceId workspace, Set<RepId> reps, Consumer<Meeting> each) {
        stream(Collections.MEETINGS, ofReps(workspace, reps), MeetingMapper::toMeeting, each);
    }

    @Override
    public void asks(WorkspaceId workspace, Set<RepId> reps, Consumer<Ask> each) {
        stream(Collections.ASKS, ofReps(workspace, reps), AskMapper::toAsk, each);
    }

    @Override
    public void referrals(WorkspaceId workspace, Set<RepId> reps, Consumer<Referral> each) {
        stream(Collections.REFERRALS, ofReps(workspace, reps), ReferralMapper::toReferral, each);
    }

    @Override
    public void reminders(WorkspaceId workspace, Set<RepId> reps, Consumer<Reminder> each) {
        stream(Collections.REMINDERS, ofReps(workspace, reps), ReminderMapper::toReminder, each);
    }

    @Override
    public void events(WorkspaceId workspace, Set<RepId> reps, Consumer<RelationshipEvent> each) {
        stream(MongoRelationshipLog.COLLECTION, ofReps(workspace, reps), RelationshipMapper::toEvent, each);
    }

    @Override
    public void business(WorkspaceId workspace, Set<RepId> reps, Consumer<Business> each) {
        stream(Collections.BUSINESS, ofReps(workspace, reps), MongoBusinessLog::toBusiness, each);
    }

    @Override
    public void goals(WorkspaceId workspace, Set<GoalOwner> owners, Consumer<Goal> each) {
        if (owners.isEmpty()) {
            return;
        }
        List<String> ids = owners.stream().map(owner -> owner.id()).distinct().toList();
        stream(Collections.GOALS, new Document(Fields.WS, workspace.value())
                        .append(Fields.OWNER, new Document("$in", ids)), GoalMapper::toGoal,
                goal -> {
                    if (owners.contains(goal.owner())) {
                        each.accept(goal);
                    }
                });
    }

    private static Document ofReps(WorkspaceId workspace, Set<RepId> reps) {
        return new Document(Fields.WS, workspace.value())
                .append(Fields.REP, new Document("$in", reps.stream().map(RepId::value).sorted().toList()));
    }

    private <T> void stream(String collection, Document filter, Function<Document, T> mapper, Consumer<T> each) {
        MongoCollection<Document> documents = database.getCollection(collection);
        MongoCalls.run("read " + collection + " for an export",
                () -> documents.find(filter).batchSize(BATCH).forEach(document -> each.accept(mapper.apply(document))));
    }
}
