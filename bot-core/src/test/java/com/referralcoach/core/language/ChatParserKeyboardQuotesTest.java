package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Curly quotes from phone and Mac keyboards read as straight ones; quotes around a name are not part of it. */
class ChatParserKeyboardQuotesTest {

    @ParameterizedTest
    @ValueSource(strings = {"contact Sarah O’Neil", "contact Sarah O‘Neil", "contact Sarah Oʼneil",
        "contact Sarah O'Neil"})
    void aCurlyApostropheInANameIsTheStraightOne(String text) {
        assertThat(parse(text)).isInstanceOfSatisfying(ShowContact.class,
                shown -> assertThat(shown.person().name().display()).isIn("Sarah O'Neil", "Sarah O'neil"));
    }

    @Test
    void aLowerCaseNameWithACurlyApostropheIsReadAsAName() {
        assertThat(parse("met sarah o’neil again")).isInstanceOfSatisfying(LogMeeting.class,
                met -> assertThat(met.person().name().display()).isEqualTo("Sarah O'Neil"));
    }

    @Test
    void aCurlyApostropheInASettingIsRead() {
        assertThat(parse("I’m on eastern time")).isEqualTo(new SetTimeZone(ZoneId.of("America/New_York")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"met \"Jane Doe\" at Acme", "met “Jane Doe” at Acme", "met “Jane Doe“ at Acme"})
    void quotesAroundANameAreNotSaved(String text) {
        assertThat(parse(text)).isInstanceOfSatisfying(LogMeeting.class,
                met -> assertThat(met.person()).isEqualTo(PersonRef.of("Jane Doe", "Acme")));
    }

    @Test
    void quotesInANoteStay() {
        assertThat(parse("asked Jane Doe - she said “let me think about it”")).isInstanceOfSatisfying(
                RecordAsk.class, ask -> assertThat(ask.note()).isEqualTo(
                        Optional.of("she said \"let me think about it\"")));
    }
}
