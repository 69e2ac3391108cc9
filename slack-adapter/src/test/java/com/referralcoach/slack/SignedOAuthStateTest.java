package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The install state is ours (signed with the client secret) and short-lived, with nothing kept on our side. */
class SignedOAuthStateTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final SignedOAuthState states = new SignedOAuthState("client-secret", clock);

    @Test
    void aStateWeIssuedIsValidUntilItExpires() {
        String state = states.generateNewStateValue();

        assertThat(states.isAvailableInDatabase(state)).isTrue();
        assertThat(state).doesNotContain("=").doesNotContain(";").doesNotContain("client-secret");
        clock.advance(SignedOAuthState.LIFETIME.minusSeconds(1));
        assertThat(states.isAvailableInDatabase(state)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(states.isAvailableInDatabase(state)).as("expired").isFalse();
    }

    @Test
    void aChangedForgedOrOtherAppsStateIsRefused() {
        String state = states.generateNewStateValue();
        String[] parts = state.split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];

        assertThat(states.isAvailableInDatabase(longer)).as("expiry pushed back").isFalse();
        assertThat(states.isAvailableInDatabase("forged")).isFalse();
        assertThat(states.isAvailableInDatabase("a.b.c")).isFalse();
        assertThat(states.isAvailableInDatabase("")).isFalse();
        assertThat(new SignedOAuthState("another-secret", clock).isAvailableInDatabase(state)).isFalse();
    }
}
