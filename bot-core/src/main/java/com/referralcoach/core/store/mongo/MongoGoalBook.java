package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.GoalBook;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The goals of reps and teams in {@code goals}, one document per owner and metric; an owner's goals are read with
 * {@code _id $in} over every metric, since each id is known in advance.
 */
final class MongoGoalBook implements GoalBook {
    private final WorkspaceCollection<Goal> goals;

    MongoGoalBook(WorkspaceCollection<Goal> goals) {
        this.goals = goals;
    }

    /** Creates the index, then the book over {@code database}'s {@code goals}. */
    static MongoGoalBook open(MongoDatabase database) {
        StoreIndexes.createUnique(database, Collections.GOALS, "id_ws", ascending(Fields.ID, Fields.WS));
        return new MongoGoalBook(new WorkspaceCollection<>(MongoCoachStore.collection(database, Collections.GOALS),
                GoalMapper::toGoal));
    }

    @Override
    public void save(Goal goal) {
        goals.save(GoalMapper.toDocument(goal));
    }

    @Override
    public boolean remove(WorkspaceId workspace, GoalOwner owner, GoalMetric metric) {
        return goals.delete(workspace, GoalMapper.idOf(workspace, owner, metric));
    }

    @Override
    public List<Goal> of(WorkspaceId workspace, GoalOwner owner) {
        return ofAll(workspace, List.of(owner)).stream().sorted(Comparator.comparing(Goal::metric)).toList();
    }

    @Override
    public List<Goal> ofAll(WorkspaceId workspace, Collection<GoalOwner> owners) {
        List<String> ids = owners.stream().distinct()
                .flatMap(owner -> Arrays.stream(GoalMetric.values())
                        .map(metric -> GoalMapper.idOf(workspace, owner, metric)))
                .toList();
        return ids.isEmpty() ? List.of() : goals.findByIds(workspace, ids);
    }
}
