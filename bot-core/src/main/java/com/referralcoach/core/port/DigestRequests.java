package com.referralcoach.core.port;

import com.referralcoach.core.domain.WorkspaceId;

/** Asks for a team's digest, with its chart, to be posted to the team's channel now, outside its schedule. */
public interface DigestRequests {
    /** Nothing can post in this process (no scheduler running). */
    DigestRequests NONE = (workspace, teamKey) -> false;

    /** Starts posting the team's digest now; false when this process can't post it. Never blocks for long. */
    boolean postNow(WorkspaceId workspace, String teamKey);
}
