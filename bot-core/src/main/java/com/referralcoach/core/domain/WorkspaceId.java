package com.referralcoach.core.domain;

/** One tenant: a Slack workspace, a Discord server, or the local terminal. */
public record WorkspaceId(String value) {
    public WorkspaceId {
        Ids.requireId(value, "workspace id");
    }

    @Override
    public String toString() {
        return value;
    }
}
