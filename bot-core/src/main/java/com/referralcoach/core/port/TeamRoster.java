package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** The teams of each workspace, and who in it is a manager. */
public interface TeamRoster {
    /** The team with this key ({@link Team#keyOf}). */
    Optional<Team> find(WorkspaceId workspace, String teamKey);

    /** Every team of the workspace, by name. */
    List<Team> all(WorkspaceId workspace);

    /** Inserts or replaces the team with the same key, durably, before returning. */
    void save(Team team);

    /** The team the rep is a member of, if any. */
    Optional<Team> teamOf(WorkspaceId workspace, RepId rep);

    /** True when an admin has named this rep a manager. */
    boolean isManager(WorkspaceId workspace, RepId rep);

    /** Names the rep a manager, durably; naming twice keeps one. */
    void appoint(WorkspaceId workspace, RepId rep);

    /** The rep is a manager no more; false when they were not one. */
    boolean dismiss(WorkspaceId workspace, RepId rep);
}
