package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The deadline for a first response moves earlier while sending is slow, and back once it is quick again. */
class SendLagTest {
    @Test
    void aSlowSendMovesTheDeadlineEarlierUntilQuickerOnesHaveFollowedIt() {
        SendLag lag = new SendLag();
        assertThat(Acknowledgement.deadlineMillis(lag.millis())).isEqualTo(2_000);

        lag.took(1_300);
        assertThat(Acknowledgement.deadlineMillis(lag.millis())).isEqualTo(1_200);
        lag.took(40);
        assertThat(lag.millis()).isBetween(1_200L, 1_300L);

        for (int i = 0; i < 60; i++) {
            lag.took(40);
        }
        assertThat(Acknowledgement.deadlineMillis(lag.millis())).isEqualTo(2_000);
    }

    @Test
    void theDeadlineNeverFallsBelowItsFloor() {
        SendLag lag = new SendLag();
        lag.took(10_000);
        assertThat(Acknowledgement.deadlineMillis(lag.millis())).isEqualTo(Acknowledgement.EARLIEST_MILLIS);
        lag.took(-5);
        assertThat(lag.millis()).isPositive();
    }
}
