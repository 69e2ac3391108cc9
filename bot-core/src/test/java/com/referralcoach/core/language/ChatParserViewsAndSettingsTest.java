package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserViewsAndSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pipeline", "my pipeline", "leads", "show pipeline", "Show my leads", "PIPELINE!", " pipeline? "})
    void showsThePipeline(String text) {
        assertThat(parse(text)).isEqualTo(new ShowPipeline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            contact Jane Doe          | Jane Doe | -
            show Jane Doe             | Jane Doe | -
            who is Jane Doe           | Jane Doe | -
            Who is Jane Doe?          | Jane Doe | -
            who's Jane Doe            | Jane Doe | -
            contact Jane Doe (Acme)   | Jane Doe | Acme
            """)
    void showsAContact(String text, String name, String company) {
        ShowContact contact = (ShowContact) parse(text);

        assertThat(contact.person().name().display()).isEqualTo(name);
        assertThat(contact.person().company()).isEqualTo(Optional.ofNullable(company));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            help           | -
            HELP           | -
            ?              | -
            show help      | -
            help meetings  | meetings
            help referrals | referrals
            """)
    void showsHelp(String text, String topic) {
        assertThat(parse(text)).isEqualTo(new ShowHelp(Optional.ofNullable(topic)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my timezone is Europe/Berlin     | Europe/Berlin
            my time zone is America/New_York | America/New_York
            tz America/New_York              | America/New_York
            timezone Europe/Berlin           | Europe/Berlin
            set timezone to UTC              | UTC
            tz gmt                           | GMT
            TZ europe/berlin                 | Europe/Berlin
            tz berlin                        | Europe/Berlin
            my timezone is new york          | America/New_York
            timezone: Asia/Kolkata           | Asia/Kolkata
            """)
    void setsTheTimeZone(String text, String zone) {
        assertThat(parse(text)).isEqualTo(new SetTimeZone(ZoneId.of(zone)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tz Europe/Berlinn   | Europe/Berlinn   | Europe/Berlin
            tz Mars/Olympus     | Mars/Olympus     | -
            timezone new yrok   | new yrok         | America/New_York
            """)
    void anUnknownZoneIsNamedWithASuggestion(String text, String typed, String suggestion) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains("'" + typed + "'");
        if (!suggestion.equals("-")) {
            assertThat(invalid.reason()).contains("Did you mean " + suggestion + "?");
        }
        assertThat(invalid.example()).isEqualTo("tz Europe/Berlin");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            meting with Jane      | meeting | meeting with Jane Doe (Acme) ends 3:30pm
            pipelin               | pipeline | pipeline
            piplene               | pipeline | pipeline
            askd Jane Doe         | asked    | asked Jane Doe - she'll think about it
            Tom Lee wonn 5000     | won      | Tom Lee won 12000
            halp                  | help     | help
            refered Tom           | referred | Jane Doe referred Tom Lee (Globex) - needs CRM help
            what's the weather    | help     | help
            😀😀😀                | help     | help
            """)
    void anythingElseSuggestsTheClosestCommand(String text, String closest, String example) {
        assertThat(parse(text)).isEqualTo(new Unknown(closest, example));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00a0"})
    void blankTextSuggestsHelp(String text) {
        assertThat(parse(text)).isEqualTo(new Unknown("help", "help"));
    }
}
