package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.referralcoach.core.domain.AskOutcome;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatParserAskTest {

    static Stream<Arguments> asks() {
        return Stream.of(
                arguments("asked Jane Doe", "Jane Doe", AskOutcome.ASKED, null),
                arguments("ASKED jane doe", "Jane Doe", AskOutcome.ASKED, null),
                arguments("asked Jane Doe.", "Jane Doe", AskOutcome.ASKED, null),
                arguments("asked Jane Doe for a referral", "Jane Doe", AskOutcome.ASKED, null),
                arguments("asked Jane Doe - she'll think about it", "Jane Doe", AskOutcome.THINKING,
                        "she'll think about it"),
                arguments("asked Jane Doe — maybe after Q1", "Jane Doe", AskOutcome.THINKING, "maybe after Q1"),
                arguments("asked Jane Doe: will get back to me", "Jane Doe", AskOutcome.THINKING,
                        "will get back to me"),
                arguments("asked Jane Doe - got a referral", "Jane Doe", AskOutcome.GOT_REFERRAL, "got a referral"),
                arguments("asked Jane Doe, she introduced me to her CFO", "Jane Doe", AskOutcome.GOT_REFERRAL,
                        "she introduced me to her CFO"),
                arguments("asked Jane Doe – she said no", "Jane Doe", AskOutcome.DECLINED, "she said no"),
                arguments("asked Jane Doe (Acme) - happy to help", "Jane Doe", AskOutcome.ASKED, "happy to help"),
                arguments("asked Jane Doe (Acme, Berlin) - later", "Jane Doe", AskOutcome.THINKING, "later"),
                arguments("Jane Doe said no", "Jane Doe", AskOutcome.DECLINED, null),
                arguments("Jane Doe declined", "Jane Doe", AskOutcome.DECLINED, null),
                arguments("Jane Doe not comfortable", "Jane Doe", AskOutcome.DECLINED, "not comfortable"),
                arguments("Jane Doe isn't comfortable sharing clients", "Jane Doe", AskOutcome.DECLINED,
                        "isn't comfortable sharing clients"),
                arguments("Jane Doe isn’t comfortable", "Jane Doe", AskOutcome.DECLINED, "isn't comfortable"),
                arguments("Jane Doe said not comfortable", "Jane Doe", AskOutcome.DECLINED, "not comfortable"),
                arguments("Jane Doe said she's not comfortable giving names", "Jane Doe", AskOutcome.DECLINED,
                        "not comfortable giving names"),
                arguments("Jane Doe said they weren't comfortable", "Jane Doe", AskOutcome.DECLINED,
                        "weren't comfortable"),
                arguments("Jane Doe said no - not comfortable sharing clients", "Jane Doe", AskOutcome.DECLINED,
                        "not comfortable sharing clients"),
                arguments("Jane Doe said maybe", "Jane Doe", AskOutcome.THINKING, null),
                arguments("skip ask Jane Doe - billing issue open", "Jane Doe", AskOutcome.SKIPPED,
                        "billing issue open"),
                arguments("skipped asking Jane Doe: bad timing", "Jane Doe", AskOutcome.SKIPPED, "bad timing"),
                arguments("Skip Asking Jane Doe", "Jane Doe", AskOutcome.SKIPPED, null),
                arguments("not now Jane Doe", "Jane Doe", AskOutcome.SKIPPED, null),
                arguments("didn't ask Jane Doe, she was in a rush", "Jane Doe", AskOutcome.SKIPPED,
                        "she was in a rush"));
    }

    @ParameterizedTest
    @MethodSource("asks")
    void recordsWhatCameOfTheAsk(String text, String person, AskOutcome outcome, String note) {
        RecordAsk ask = (RecordAsk) parse(text);

        assertThat(ask.person().name().display()).isEqualTo(person);
        assertThat(ask.outcome()).isEqualTo(outcome);
        assertThat(ask.note()).isEqualTo(Optional.ofNullable(note));
    }

    @ParameterizedTest
    @MethodSource("asks")
    void extraSpacesDoNotChangeTheMeaning(String text, String person, AskOutcome outcome, String note) {
        RecordAsk ask = (RecordAsk) parse("  " + text.replace(" ", "   ") + "  ");

        assertThat(ask.person().name().display()).isEqualTo(person);
        assertThat(ask.outcome()).isEqualTo(outcome);
    }
}
