package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.RepRoster;
import java.util.Optional;
import org.bson.Document;

/** The reps of each workspace in the {@code reps} collection, found by {@code _id}. */
final class MongoRepRoster implements RepRoster {
    private final WorkspaceCollection<Rep> reps;

    MongoRepRoster(MongoCollection<Document> collection) {
        this.reps = new WorkspaceCollection<>(collection, RepMapper::toRep);
    }

    @Override
    public Optional<Rep> find(WorkspaceId workspace, RepId rep) {
        return reps.findById(workspace, RepMapper.idOf(workspace, rep));
    }

    @Override
    public void save(Rep rep) {
        reps.save(RepMapper.toDocument(rep));
    }
}
