package com.referralcoach.core.port;

import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Optional;

/** The reps of each workspace and their settings. */
public interface RepRoster {
    Optional<Rep> find(WorkspaceId workspace, RepId rep);

    /** Inserts or replaces the rep, durably, before returning. */
    void save(Rep rep);
}
