package com.referralcoach.core.language;

import java.util.Objects;

/** "my manager is <@U123>" or "my manager is dana": who hears when a lead waits too long. */
public record SetManager(String manager) implements Command {
    public SetManager {
        Objects.requireNonNull(manager, "manager");
    }
}
