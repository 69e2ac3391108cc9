package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChatParserLeadStageTest {

    static Stream<Arguments> moves() {
        return Stream.of(
                arguments("Tom Lee contacted", PersonRef.of("Tom Lee"), LeadStage.CONTACTED, null),
                arguments("contacted Tom Lee", PersonRef.of("Tom Lee"), LeadStage.CONTACTED, null),
                arguments("called back Tom Lee!", PersonRef.of("Tom Lee"), LeadStage.CONTACTED, null),
                arguments("reached Tom Lee - left a voicemail", PersonRef.of("Tom Lee"), LeadStage.CONTACTED,
                        "left a voicemail"),
                arguments("reached out to Tom Lee (Globex)", PersonRef.of("Tom Lee", "Globex"), LeadStage.CONTACTED, null),
                arguments("Tom Lee meeting booked", PersonRef.of("Tom Lee"), LeadStage.MEETING, null),
                arguments("Tom Lee meeting scheduled", PersonRef.of("Tom Lee"), LeadStage.MEETING, null),
                arguments("booked a meeting with Tom Lee", PersonRef.of("Tom Lee"), LeadStage.MEETING, null),
                arguments("Tom Lee proposal sent", PersonRef.of("Tom Lee"), LeadStage.PROPOSAL, null),
                arguments("sent proposal to Tom Lee", PersonRef.of("Tom Lee"), LeadStage.PROPOSAL, null),
                arguments("Tom Lee signed", PersonRef.of("Tom Lee"), LeadStage.WON, null),
                arguments("Tom Lee won", PersonRef.of("Tom Lee"), LeadStage.WON, null),
                arguments("Tom Lee lost - budget cut", PersonRef.of("Tom Lee"), LeadStage.LOST, "budget cut"),
                arguments("Tom Lee lost: went with a competitor", PersonRef.of("Tom Lee"), LeadStage.LOST,
                        "went with a competitor"),
                arguments("TOM LEE LOST", PersonRef.of("TOM LEE"), LeadStage.LOST, null));
    }

    @ParameterizedTest
    @MethodSource("moves")
    void movesTheLead(String text, PersonRef lead, LeadStage stage, String note) {
        assertThat(parse(text)).isEqualTo(new MoveLead(lead, stage, Optional.empty(), Optional.ofNullable(note)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Tom Lee won 12000          | 12000   | -
            Tom Lee won $12k           | 12000   | $
            Tom Lee won 12,500 EUR     | 12500   | EUR
            Tom Lee won 12,500 eur     | 12500   | EUR
            Tom Lee won €1.2m          | 1200000 | €
            Tom Lee won 3.5K USD       | 3500    | USD
            Tom Lee won £ 900          | 900     | £
            Tom Lee signed 40000       | 40000   | -
            """)
    void readsTheAmountWon(String text, String amount, String currency) {
        MoveLead move = (MoveLead) parse(text);

        assertThat(move.stage()).isEqualTo(LeadStage.WON);
        assertThat(move.amount()).contains(new Money(new BigDecimal(amount), Optional.ofNullable(currency)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            bo park signed - 12k                  | 12000 | -   | -
            bo park signed - 12k/yr               | 12000 | -   | -
            Bo Park signed, 12k                   | 12000 | -   | -
            Bo Park signed for 12k                | 12000 | -   | -
            Tom Lee won!! 22k ARR                 | 22000 | -   | -
            Tom Lee won 3k MRR                    | 3000  | -   | -
            Tom Lee won 12k a year                | 12000 | -   | -
            Tom Lee won 12k per year              | 12000 | -   | -
            Tom Lee won 12k annually              | 12000 | -   | -
            Tom Lee won $1,500/mo                 | 1500  | $   | -
            Tom Lee won 12k USD/yr                | 12000 | USD | -
            Tom Lee signed - 12k/yr - starts in May | 12000 | - | starts in May
            """)
    void aPeriodOrRecurringRevenueWordKeepsTheAmountAsTyped(String text, String amount, String currency, String note) {
        MoveLead move = (MoveLead) parse(text);

        assertThat(move.stage()).isEqualTo(LeadStage.WON);
        assertThat(move.amount()).contains(new Money(new BigDecimal(amount), Optional.ofNullable(currency)));
        assertThat(move.note()).isEqualTo(Optional.ofNullable(note));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tom Lee signed - starts in May | starts in May
            Tom Lee signed, great news     | great news
            """)
    void aNoteWithoutAnAmountStaysANote(String text, String note) {
        assertThat(parse(text)).isEqualTo(
                new MoveLead(PersonRef.of("Tom Lee"), LeadStage.WON, Optional.empty(), Optional.of(note)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tom Lee won abc     | I couldn't read 'abc' as an amount.
            Tom Lee won 12x     | I couldn't read '12x' as an amount.
            Tom Lee won 1,2,3   | I couldn't read '1,2,3' as an amount.
            Tom Lee won 12 XYZ  | I couldn't read '12 XYZ' as an amount.
            """)
    void anUnreadableAmountIsExplained(String text, String reason) {
        assertThat(parse(text)).isEqualTo(new Invalid(reason, "Tom Lee won 12000"));
    }
}
