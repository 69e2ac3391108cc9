package com.referralcoach.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswersTest {
    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "y", "YEP", "yep!", "yes pls", "yes please", "correct", "👍", "👍🏽", "✅",
            "yeah", "ok", "sure thanks", "that's right", "yes, save it", " yes. "})
    void aPlainYes(String text) {
        assertThat(ShortAnswers.isYes(text)).isTrue();
        assertThat(ShortAnswers.isUndo(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes Jane Doe referred Tom Lee", "yesterday", "no", "met Jane Doe", "", "yes and no",
            "y tho", "correct the company"})
    void notAPlainYes(String text) {
        assertThat(ShortAnswers.isYes(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"undo", "Undo!", "undo that", "oops undo", "oops, undo that", "that's wrong",
            "that’s wrong", "thats wrong", "no that's wrong", "scratch that", "undo pls", "revert that",
            "oops wrong person, undo that", "my bad, undo", "wrong day - undo that"})
    void anUndo(String text) {
        assertThat(ShortAnswers.isUndo(text)).isTrue();
        assertThat(ShortAnswers.isYes(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"undo the meeting with Jane Doe tomorrow", "wrong number for Jane Doe", "wrong person",
            "Tom Lee said that's wrong", "undone", "yes"})
    void notAnUndo(String text) {
        assertThat(ShortAnswers.isUndo(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "nope", "no thanks", "cancel", "don't", "👎", "no please"})
    void aNo(String text) {
        assertThat(ShortAnswers.isNo(text)).isTrue();
        assertThat(ShortAnswers.isYes(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe said no", "no more meetings goal", "cancel reminder 3", "nobody", "yes", "undo"})
    void notANo(String text) {
        assertThat(ShortAnswers.isNo(text)).isFalse();
    }
}
