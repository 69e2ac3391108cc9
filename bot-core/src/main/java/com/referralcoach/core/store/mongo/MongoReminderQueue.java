package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Placeholder until the MongoDB reminder queue lands. */
final class MongoReminderQueue implements ReminderQueue {
    MongoReminderQueue(MongoDatabase database) {
    }

    @Override
    public void schedule(Reminder reminder) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Reminder> find(WorkspaceId workspace, ReminderId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Reminder> claimDue(Instant now, String owner, Duration lease, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markSent(Collection<ReminderId> ids, String owner, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markSkipped(ReminderId id, String owner, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void retryLater(ReminderId id, String owner, Instant retryAt, String error) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markFailed(ReminderId id, String owner, String error) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean reschedule(WorkspaceId workspace, ReminderId id, Instant dueAt) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean cancel(WorkspaceId workspace, ReminderId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Reminder> upcoming(WorkspaceId workspace, RepId rep, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Reminder> lastSent(WorkspaceId workspace, RepId rep) {
        throw new UnsupportedOperationException();
    }
}
