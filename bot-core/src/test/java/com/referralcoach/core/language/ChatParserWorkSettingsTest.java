package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatParserWorkSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            working hours 9-17              | 09:00 | 17:00
            working hours 9:30-17:30        | 09:30 | 17:30
            working hours 0-24              | 00:00 | 24:00
            working hours 8am-6pm           | 08:00 | 18:00
            hours 9-17                      | 09:00 | 17:00
            Working Hours 07:45 - 16:15     | 07:45 | 16:15
            working hours 9.30-17.30        | 09:30 | 17:30
            work hours 9 to 17              | 09:00 | 17:00
            my working hours are 8-19       | 08:00 | 19:00
            set working hours to 10-18      | 10:00 | 18:00
            working hours: 8 - 16           | 08:00 | 16:00
            working hours from 9 until 17   | 09:00 | 17:00
            office hours 9-5                | 09:00 | 17:00
            working hours 9am-5             | 09:00 | 17:00
            working hours 2pm-8             | 14:00 | 20:00
            working hours 8-6pm             | 08:00 | 18:00
            working hours 1-5pm             | 13:00 | 17:00
            working hours 8:30am-5:30pm     | 08:30 | 17:30
            working hours 12pm-12am         | 12:00 | 24:00
            working hours 0-23:59           | 00:00 | 23:59
            working hours 6-14              | 06:00 | 14:00
            """)
    void setsWorkingHours(String text, String start, String end) {
        assertThat(parse(text)).isEqualTo(new SetWorkingHours(minutes(start), minutes(end)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            working hours 17-9        | overnight
            working hours 22-6        | overnight
            working hours 9-9am       | overnight
            working hours 0-0         | start before they end
            working hours 25-26       | There is no 25:00
            working hours 9-24:30     | There is no 24:30
            working hours 9:75-17     | There is no 9:75
            working hours 13pm-5pm    | There is no 13:00 pm
            working hours             | Which hours?
            hours                     | Which hours?
            working hours nine to five | can't read 'nine to five'
            working hours 9           | can't read '9'
            working hours 100-200     | can't read
            """)
    void impossibleWorkingHoursAreInvalid(String text, String reason) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.example()).isEqualTo("working hours 9-17");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            work days mon-thu                 | MONDAY TUESDAY WEDNESDAY THURSDAY
            work days mon-sun                 | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
            working days mon, wed, fri        | MONDAY WEDNESDAY FRIDAY
            work days monday to friday        | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            workdays mon-fri                  | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            work days fri-mon                 | FRIDAY SATURDAY SUNDAY MONDAY
            work days sun                     | SUNDAY
            work days Sunday                  | SUNDAY
            work days mon mon                 | MONDAY
            work days wed-wed                 | WEDNESDAY
            my work days are tue-sat          | TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY
            work days: Mon & Tues and Thurs   | MONDAY TUESDAY THURSDAY
            work days mon-wed, fri            | MONDAY TUESDAY WEDNESDAY FRIDAY
            work days mondays and fridays     | MONDAY FRIDAY
            work days mon through thu         | MONDAY TUESDAY WEDNESDAY THURSDAY
            work days mon – fri               | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            work days weekdays                | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            work days weekdays, sat           | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY
            work days every day               | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
            working week mon-fri              | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            """)
    void setsWorkDays(String text, String days) {
        Set<DayOfWeek> expected = Arrays.stream(days.split(" ")).map(DayOfWeek::valueOf).collect(Collectors.toSet());

        assertThat(parse(text)).isEqualTo(new SetWorkDays(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            work days                 | Which days do you work?
            work days ,               | Which days do you work?
            work days mon-fry         | I don't know the day 'fry'
            work days funday          | I don't know the day 'funday'
            work days 1-5             | I don't know the day '1'
            work days mon-weekend     | from one day to another
            work days mon, ???        | can't read '???'
            """)
    void unknownOrMissingDaysAreInvalid(String text, String reason) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.example()).isEqualTo("work days mon-fri");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my manager is <@U123ABC>          | <@U123ABC>
            my manager is @dana               | @dana
            manager: Dana Smith               | Dana Smith
            My Manager Is @Dana               | @Dana
            'my manager is   <@U123ABC|dana>' | '<@U123ABC|dana>'
            manager is Dana                   | Dana
            manager:Dana                      | Dana
            my manager is Isabel              | Isabel
            my manager is Tobias              | Tobias
            set my manager to <@U0G9QF9C6>    | <@U0G9QF9C6>
            my manager: <@U123ABC>            | <@U123ABC>
            manager = dana@acme.com           | dana@acme.com
            my sales manager is Dana Smith    | Dana Smith
            """)
    void setsTheManagerAsTyped(String text, String manager) {
        assertThat(parse(text)).isEqualTo(new SetManager(manager));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my manager is     | Who is your manager?
            manager:          | Who is your manager?
            manager is        | Who is your manager?
            set my manager to | Who is your manager?
            my manager is @   | no letters or digits
            """)
    void aMissingManagerIsInvalid(String text, String reason) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.example()).isEqualTo("my manager is @dana");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            workng hours 9-17   | hours    | working hours 9-17
            wrokdays mon-fri    | workdays | work days mon-fri
            my manger is @dana  | manager  | my manager is @dana
            manager             | manager  | my manager is @dana
            manager Dana Smith  | manager  | my manager is @dana
            """)
    void misspellingsSuggestTheSettings(String text, String closest, String example) {
        assertThat(parse(text)).isEqualTo(new Unknown(closest, example));
    }

    private static int minutes(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
