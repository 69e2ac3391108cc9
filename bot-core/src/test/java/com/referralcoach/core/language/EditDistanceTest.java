package com.referralcoach.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            snooze,   snooze,   0
            snoze,    snooze,   1
            cancle,   cancel,   1
            thnaked,  thanked,  1
            remnders, reminders, 1
            ca,       abc,      3
            '',       help,     4
            meeting,  '',       7
            """)
    void countsEditsAndNeighbourSwaps(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a)).isEqualTo(distance);
    }
}
