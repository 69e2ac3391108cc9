package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A message that is only a greeting, thanks or acknowledgement is a pleasantry; anything more is read as before. */
class ChatParserPleasantryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            good morning!         | GREETING
            hello coach           | GREETING
            hi                    | GREETING
            Hey there             | GREETING
            hiya                  | GREETING
            thank you!            | THANKS
            thanks!               | THANKS
            thx coach             | THANKS
            ok cool, thanks a lot | THANKS
            hi, thanks            | THANKS
            lol ok                | ACKNOWLEDGEMENT
            ok                    | ACKNOWLEDGEMENT
            OK.                   | ACKNOWLEDGEMENT
            cool                  | ACKNOWLEDGEMENT
            got it                | ACKNOWLEDGEMENT
            👍                    | ACKNOWLEDGEMENT
            👍🏽                    | ACKNOWLEDGEMENT
            """)
    void aMessageThatIsOnlyAPleasantryIsOne(String text, Pleasantry.Kind kind) {
        assertThat(parse(text)).isEqualTo(new Pleasantry(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanked Jane Doe", "sent Jane Doe thanks", "thanks Jane Doe", "hi, met Jane Doe at Acme",
        "hey coach, pipeline", "ok so Tom Lee signed", "good morning Jane Doe", "thanks to Ann Lo I got an intro"})
    void aPleasantryWithMoreInItIsNotOne(String text) {
        assertThat(parse(text)).isNotInstanceOf(Pleasantry.class);
    }

    @org.junit.jupiter.api.Test
    void aLongRunOfPleasantriesIsReadWithoutRecursingTooDeep() {
        assertThat(parse("ok ".repeat(600))).isNotInstanceOf(Pleasantry.class);
        assertThat(parse("👍".repeat(600))).isNotInstanceOf(Pleasantry.class);
    }
}
