package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.store.StoreSamples;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameKeyPatternTest {
    private static boolean finds(String key, String stored) {
        return Pattern.compile(NameKeyPattern.wholeWordsPrefix(key)).matcher(stored).find();
    }

    @Test
    void matchesTheKeyAndItsLongerFormsOnly() {
        assertThat(finds("jane", "jane")).isTrue();
        assertThat(finds("jane", "jane doe")).isTrue();
        assertThat(finds("jane", "janet")).isFalse();
        assertThat(finds("jane", "mary jane")).isFalse();
        assertThat(finds("jane", "jane\n")).isFalse();
    }

    @Test
    void everyHostileTextIsMatchedLiterally() {
        for (String text : StoreSamples.HOSTILE) {
            assertThat(finds(text, text)).as(text).isTrue();
            assertThat(finds(text, text + " x")).as(text).isTrue();
            assertThat(finds(text, "x" + text)).as(text).isFalse();
            assertThat(finds(text, text + "x")).as(text).isFalse();
        }
    }

    @Test
    void keepsALiteralPrefixForTheIndex() {
        assertThat(NameKeyPattern.wholeWordsPrefix("a.b (c)")).startsWith("^a\\.b \\(c\\)");
    }
}
