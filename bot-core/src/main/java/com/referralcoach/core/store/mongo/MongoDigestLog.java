package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DigestLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The teams' digest schedules in {@code digestSchedules} (one per team), and in {@code digestClaims} one marker per
 * team and week whose digest is being or was posted: claiming inserts it with a lease ({@code leaseUntil}), and only
 * the first insert succeeds; posting drops the lease, so only a claim left unposted past its lease is taken over.
 */
final class MongoDigestLog implements DigestLog {
    private final WorkspaceCollection<DigestSchedule> schedules;
    private final MongoCollection<Document> allSchedules;
    private final MongoCollection<Document> claims;

    MongoDigestLog(MongoCollection<Document> schedules, MongoCollection<Document> claims) {
        this.schedules = new WorkspaceCollection<>(schedules, DigestScheduleMapper::toSchedule);
        this.allSchedules = schedules;
        this.claims = claims;
    }

    /** Creates the indexes, then the log over {@code database}'s {@code digestSchedules} and {@code digestClaims}. */
    static MongoDigestLog open(MongoDatabase database) {
        StoreIndexes.createUnique(database, Collections.DIGEST_SCHEDULES, "id_ws", ascending(Fields.ID, Fields.WS));
        StoreIndexes.createUnique(database, Collections.DIGEST_CLAIMS, "id_ws", ascending(Fields.ID, Fields.WS));
        return new MongoDigestLog(MongoCoachStore.collection(database, Collections.DIGEST_SCHEDULES),
                MongoCoachStore.collection(database, Collections.DIGEST_CLAIMS));
    }

    @Override
    public void save(DigestSchedule schedule) {
        schedules.save(DigestScheduleMapper.toDocument(schedule));
    }

    @Override
    public Optional<DigestSchedule> find(WorkspaceId workspace, String teamKey) {
        return schedules.findById(workspace, DigestScheduleMapper.idOf(workspace, teamKey));
    }

    @Override
    public boolean remove(WorkspaceId workspace, String teamKey) {
        return schedules.delete(workspace, DigestScheduleMapper.idOf(workspace, teamKey));
    }

    /** The one read across workspaces: every schedule, at startup. */
    @Override
    public List<DigestSchedule> all() {
        List<Document> found = MongoCalls.get("read from " + Collections.DIGEST_SCHEDULES,
                () -> allSchedules.find().sort(Sorts.ascending(Fields.ID)).into(new ArrayList<>()));
        return found.stream().map(DigestScheduleMapper::toSchedule).toList();
    }

    @Override
    public boolean claim(WorkspaceId workspace, String teamKey, LocalDate weekStart, Instant now, Duration lease) {
        Document id = WorkspaceCollection.byId(workspace.value(),
                DigestScheduleMapper.claimIdOf(workspace, teamKey, weekStart));
        Date until = StoredFields.date(now.plus(lease));
        Document marker = new Document(id).append(Fields.TEAM, teamKey).append(Fields.WEEK, weekStart.toString())
                .append(Fields.LEASE_UNTIL, until);
        try {
            claims.insertOne(marker);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw MongoCalls.failure("claim a digest", e);
            }
        } catch (MongoException e) {
            throw MongoCalls.failure("claim a digest", e);
        }
        // Claimed before: taken over only if that claim's lease ran out unposted (a posted week has no lease).
        return MongoCalls.get("take over a digest claim", () -> claims.updateOne(
                new Document(id).append(Fields.LEASE_UNTIL, new Document("$lt", StoredFields.date(now))),
                new Document("$set", new Document(Fields.LEASE_UNTIL, until)))).getModifiedCount() == 1;
    }

    @Override
    public void posted(WorkspaceId workspace, String teamKey, LocalDate weekStart) {
        Document id = WorkspaceCollection.byId(workspace.value(),
                DigestScheduleMapper.claimIdOf(workspace, teamKey, weekStart));
        MongoCalls.run("mark a digest posted", () -> claims.updateOne(id, new Document("$unset",
                new Document(Fields.LEASE_UNTIL, "")).append("$set", new Document(Fields.TEAM, teamKey)
                .append(Fields.WEEK, weekStart.toString())), new UpdateOptions().upsert(true)));
    }

    @Override
    public void release(WorkspaceId workspace, String teamKey, LocalDate weekStart) {
        String id = DigestScheduleMapper.claimIdOf(workspace, teamKey, weekStart);
        MongoCalls.run("release a digest claim",
                () -> claims.deleteOne(WorkspaceCollection.byId(workspace.value(), id)));
    }
}
