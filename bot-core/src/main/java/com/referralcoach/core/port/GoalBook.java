package com.referralcoach.core.port;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.WorkspaceId;

import java.util.Collection;
import java.util.List;

/** The goals reps and teams set: at most one per owner and metric. */
public interface GoalBook {
    /** Inserts the goal or replaces the owner's goal for the same metric, durably, before returning. */
    void save(Goal goal);

    /** Removes the owner's goal for the metric; false when there was none. */
    boolean remove(WorkspaceId workspace, GoalOwner owner, GoalMetric metric);

    /** The owner's goals, in metric order. */
    List<Goal> of(WorkspaceId workspace, GoalOwner owner);

    /** The goals of all these owners at once (for a team's digest), in no particular order. */
    List<Goal> ofAll(WorkspaceId workspace, Collection<GoalOwner> owners);
}
