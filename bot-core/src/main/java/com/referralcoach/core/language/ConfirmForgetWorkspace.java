package com.referralcoach.core.language;

import java.util.Objects;

/** The first "yes" to erasing workspace {@code workspace}: the second confirmation is typing its id. */
public record ConfirmForgetWorkspace(String workspace) implements Command {
    public ConfirmForgetWorkspace {
        Objects.requireNonNull(workspace, "workspace");
    }
}
