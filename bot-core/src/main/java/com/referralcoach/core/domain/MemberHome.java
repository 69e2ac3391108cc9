package com.referralcoach.core.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What is known of where a platform member's direct messages belong: the workspaces where they used the bot and
 * the one they chose, if they had to.
 */
public record MemberHome(Set<WorkspaceId> usedIn, Optional<WorkspaceId> chosen) {
    public static final MemberHome UNKNOWN = new MemberHome(Set.of(), Optional.empty());

    public MemberHome {
        usedIn = Set.copyOf(usedIn);
        java.util.Objects.requireNonNull(chosen, "chosen");
    }
}
