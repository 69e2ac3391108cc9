package com.referralcoach.core.language;

import java.util.Objects;

/** "make @dana a manager" or "remove @dana as manager": only workspace admins may. */
public record AppointManager(String handle, boolean appoint) implements Command {
    public AppointManager {
        Objects.requireNonNull(handle, "handle");
    }
}
