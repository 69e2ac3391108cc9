package com.referralcoach.core.engine;

import java.time.Duration;

/**
 * Told of every message the engine handled: what it was read as ({@code family}: the command's name, "answer" for
 * a yes or no to a question the bot asked, "failed" when it could not be handled), whether it was understood, and how
 * long the reply took. For metrics; it must not throw, and it sees no message text.
 */
@FunctionalInterface
public interface EngineObserver {
    EngineObserver NONE = (family, understood, took) -> {
    };

    void handled(String family, boolean understood, Duration took);
}
