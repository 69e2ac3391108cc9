package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/**
 * "forget workspace" asks an admin to confirm erasing all of the workspace's data; "forget workspace T0123" (its id,
 * typed after the first "yes") is the second confirmation, which erases it.
 */
public record ForgetWorkspace(Optional<String> named) implements Command {
    public ForgetWorkspace {
        Objects.requireNonNull(named, "named");
    }
}
