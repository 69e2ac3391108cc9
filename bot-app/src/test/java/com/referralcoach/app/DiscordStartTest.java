package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordStartTest {

    @Test
    void withoutATokenDiscordDoesNotStart() {
        Deque<AutoCloseable> open = new ArrayDeque<>();
        PlatformChecks checks = new PlatformChecks();

        assertThat(DiscordStart.startIfConfigured(new Settings(Map.of("DISCORD_BOT_TOKEN", " ")), null, null, null,
                null, null, null, open, checks))
                .isEmpty();
        assertThat(open).isEmpty();
        assertThat(checks.notConnected()).isEmpty();
    }
}
