package com.referralcoach.core.export;

import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whose data an export holds: the reps (each record's times are shown in its rep's zone), the goal owners (the reps,
 * and the team for a team's export), when it was made and the zone of who asked (for the workspace's contacts).
 */
public record ExportScope(WorkspaceId workspace, List<Rep> reps, Set<GoalOwner> goalOwners, Instant at,
                          ZoneId zone) {
    public ExportScope {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        reps = List.copyOf(reps);
        goalOwners = Set.copyOf(goalOwners);
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("an export is of one rep or more");
        }
    }

    Set<RepId> repIds() {
        return Set.copyOf(reps.stream().map(Rep::id).toList());
    }

    Map<RepId, Rep> byId() {
        Map<RepId, Rep> byId = new LinkedHashMap<>();
        reps.forEach(rep -> byId.put(rep.id(), rep));
        return byId;
    }
}
