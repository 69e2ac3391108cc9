package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;

/**
 * How far a long import has come, told to the rep while it runs ("Importing Connections.csv: 4,000 of 10,000
 * rows"); a platform that can edit a message updates one, others post each line.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Tells nobody. */
    ImportProgress NONE = (workspace, rep, text) -> { };

    void update(WorkspaceId workspace, RepId rep, String text);
}
