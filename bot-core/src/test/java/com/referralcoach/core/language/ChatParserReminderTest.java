package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserReminderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            snooze                          | -      | -
            Snooze!                         | -      | -
            snooze it                       | -      | -
            snooze this reminder            | -      | -
            snooze 2h                       | -      | PT2H
            snooze 2 h                      | -      | PT2H
            snooze 2 hours                  | -      | PT2H
            snooze 2hrs                     | -      | PT2H
            snooze 30 min                   | -      | PT30M
            snooze 30m                      | -      | PT30M
            snooze 45 minutes               | -      | PT45M
            snooze 1 day                    | -      | PT24H
            snooze 2 days                   | -      | PT48H
            snooze 1 week                   | -      | PT168H
            snooze 1h30                     | -      | PT1H30M
            snooze 1h 30m                   | -      | PT1H30M
            snooze 1 hour and 15 minutes    | -      | PT1H15M
            snooze 1.5h                     | -      | PT1H30M
            snooze an hour                  | -      | PT1H
            snooze half an hour             | -      | PT30M
            snooze for 2 hours              | -      | PT2H
            snooze it for a day             | -      | PT24H
            snooze 90 days                  | -      | PT2160H
            snooze 2160h                    | -      | PT2160H
            snooze until tomorrow           | -      | -
            snooze tomorrow                 | -      | -
            snooze till tomorrow morning    | -      | -
            snooze later                    | -      | PT1H
            snooze #3fa9c1 1 day            | 3fa9c1 | PT24H
            snooze 3fa9c1 2h                | 3fa9c1 | PT2H
            snooze #3FA9C1 2h               | 3fa9c1 | PT2H
            snooze #3fa9c1                  | 3fa9c1 | -
            snooze reminder #3fa9c1 for 30 min | 3fa9c1 | PT30M
            snooze 2h #3fa9c1               | 3fa9c1 | PT2H
            snooze #3fa9c1 tomorrow         | 3fa9c1 | -
            remind me tomorrow              | -      | -
            remind me tomorrow morning      | -      | -
            Remind me in 2 hours            | -      | PT2H
            remind me in 30 min             | -      | PT30M
            remind me in an hour            | -      | PT1H
            remind me later                 | -      | PT1H
            remind me a bit later           | -      | PT1H
            remind me again tomorrow        | -      | -
            remind me about it in 3 days    | -      | PT72H
            remind me about #3fa9c1 tomorrow | 3fa9c1 | -
            remind me next working day      | -      | -
            """)
    void snoozesAReminder(String text, String code, Duration by) {
        assertThat(parse(text)).isEqualTo(new SnoozeReminder(Optional.ofNullable(code), Optional.ofNullable(by)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            snooze 1 2h                     | 1 | PT2H
            snooze 1 for 2h                 | 1 | PT2H
            snooze reminder 1 2h            | 1 | PT2H
            snooze the reminder no. 3 2h    | 3 | PT2H
            snooze number 2 for 30 min      | 2 | PT30M
            snooze #1 for a day             | 1 | PT24H
            snooze #2                       | 2 | -
            snooze reminder 2               | 2 | -
            snooze 2 tomorrow               | 2 | -
            snooze 3 1 day                  | 3 | PT24H
            snooze 2h #1                    | 1 | PT2H
            remind me about #2 in an hour   | 2 | PT1H
            """)
    void snoozesAReminderByItsNumberInTheList(String text, int number, Duration by) {
        assertThat(parse(text)).isEqualTo(
                new SnoozeReminder(Optional.empty(), Optional.of(number), Optional.ofNullable(by)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"snooze 1 hour", "snooze 2 days", "snooze reminder 2 hours", "snooze 1h30"})
    void aNumberWithItsUnitIsALengthNotAListNumber(String text) {
        assertThat(parse(text)).isInstanceOfSatisfying(SnoozeReminder.class,
                snooze -> assertThat(snooze.number()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            snooze 0h                 | above zero                   | snooze 2h
            snooze 0 min              | above zero                   | snooze 2h
            snooze 91 days            | at most 90 days              | snooze 2h
            snooze 2161 hours         | at most 90 days              | snooze 2h
            snooze 13 weeks           | at most 90 days              | snooze 2h
            snooze 999999999 days     | at most 90 days              | snooze 2h
            snooze #3fa9c1 91 days    | at most 90 days              | snooze #3fa9c1 1 day
            snooze 2                  | how long to wait from '2'    | snooze 2h
            snooze 2 months           | how long to wait             | snooze 2h
            snooze forever            | how long to wait             | snooze 2h
            snooze #3fa9 2h           | '#3fa9' isn't a reminder code | snooze #3fa9c1 1 day
            snooze #0 2h              | no reminder 0                | snooze 2 for 1h
            snooze 1 91 days          | at most 90 days              | snooze 2 for 1h
            snooze #zzzzzz            | isn't a reminder code        | snooze #3fa9c1 1 day
            remind me                 | When should I remind you     | remind me tomorrow
            remind me in 0 min        | above zero                   | remind me tomorrow
            remind me in 100 days     | at most 90 days              | remind me tomorrow
            remind me to call Tom Lee | reminders of your own        | remind me tomorrow
            remind me next year       | how long to wait             | remind me tomorrow
            """)
    void anImpossibleSnoozeIsInvalid(String text, String reason, String example) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.example()).isEqualTo(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reminders", "Reminders?", "my reminders", "show reminders", "show my reminders",
        "list reminders", "upcoming reminders", "what's coming", "What’s coming up?", "whats coming", "what is coming",
        "upcoming", "show upcoming"})
    void listsReminders(String text) {
        assertThat(parse(text)).isEqualTo(new ListReminders());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cancel reminder 3           | 3
            cancel reminder #3          | 3
            cancel reminder no. 12      | 12
            cancel reminder number 4    | 4
            cancel reminder 03          | 3
            cancel reminder #3fa9c1     | 3fa9c1
            cancel reminder #3FA9C1     | 3fa9c1
            cancel reminder 3fa9c1      | 3fa9c1
            cancel the reminder 2       | 2
            cancel 3fa9c1               | 3fa9c1
            cancel #3fa9c1              | 3fa9c1
            cancel 3                    | 3
            delete reminder 2           | 2
            remove reminder #3fa9c1     | 3fa9c1
            Delete Reminder 7           | 7
            """)
    void cancelsAReminder(String text, String reference) {
        assertThat(parse(text)).isEqualTo(new CancelReminder(reference));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cancel reminder          | Which reminder?
            delete reminder          | Which reminder?
            cancel reminders         | Which reminder?
            cancel reminder 0        | '0' is neither
            cancel reminder 12345    | '12345' is neither
            cancel reminder #3fa9    | '#3fa9' is neither
            cancel reminder tomorrow | 'tomorrow' is neither
            """)
    void aCancelWithoutAUsableReferenceIsInvalid(String text, String reason) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.example()).isEqualTo("cancel reminder 3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            remnders            | reminders | reminders
            reminderz please    | reminders | reminders
            snoze 2h            | snooze    | snooze 2h
            snoooze             | snooze    | snooze 2h
            remnd me tomorrow   | remind    | remind me tomorrow
            upcomming           | upcoming  | reminders
            cancle reminder 3   | cancel    | cancel reminder 3
            cancel the meeting  | cancel    | cancel reminder 3
            """)
    void misspellingsSuggestTheReminderCommands(String text, String closest, String example) {
        assertThat(parse(text)).isEqualTo(new Unknown(closest, example));
    }
}
