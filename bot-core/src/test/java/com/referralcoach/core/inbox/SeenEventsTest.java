package com.referralcoach.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenEventsTest {

    @Test
    void anEventDeliveredTwiceIsHandledOnce() {
        SeenEvents seen = new SeenEvents();

        assertThat(seen.firstTime("Ev1")).isTrue();
        assertThat(seen.firstTime("Ev1")).isFalse();
        assertThat(seen.firstTime("Ev2")).isTrue();
    }

    @Test
    void anEventWithoutAnIdIsAlwaysHandled() {
        SeenEvents seen = new SeenEvents();

        assertThat(seen.firstTime(null)).isTrue();
        assertThat(seen.firstTime(null)).isTrue();
    }

    @Test
    void onlyTheLatestIdsAreRemembered() {
        SeenEvents seen = new SeenEvents(2);
        seen.firstTime("Ev1");
        seen.firstTime("Ev2");
        seen.firstTime("Ev3");

        assertThat(seen.firstTime("Ev3")).isFalse();
        assertThat(seen.firstTime("Ev1")).isTrue();
    }
}
