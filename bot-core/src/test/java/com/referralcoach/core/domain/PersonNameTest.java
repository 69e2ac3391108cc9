package com.referralcoach.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name keeps the title it was typed with (it is how the person is found), but the bot greets them by name. */
class PersonNameTest {
    @Test
    void aGreetingLeavesTheTitleOut() {
        assertThat(new PersonName("Ms. Nia Oz").firstName()).isEqualTo("Nia");
        assertThat(new PersonName("Dr Lee Ma").firstName()).isEqualTo("Lee");
        assertThat(new PersonName("Prof. Ann Lo").display()).isEqualTo("Prof. Ann Lo");
        assertThat(new PersonName("Drew Barry").firstName()).isEqualTo("Drew");
        assertThat(new PersonName("Ms").firstName()).isEqualTo("Ms");
    }
}
