package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.NOW;
import static com.referralcoach.core.language.ParserFixture.berlin;
import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChatParserMeetingTest {

    static Stream<Arguments> meetingsThatJustEnded() {
        return Stream.of(
                arguments("met Jane Doe at Acme about the Q3 rollout", "Jane Doe", "Acme", "the Q3 rollout"),
                arguments("Met  Jane Doe  at Acme  about the Q3 rollout", "Jane Doe", "Acme", "the Q3 rollout"),
                arguments("met with Jane", "Jane", null, null),
                arguments("had a call with Jane Doe", "Jane Doe", null, null),
                arguments("HAD A MEETING WITH Jane Doe (Acme) re: pricing", "Jane Doe", "Acme", "pricing"),
                arguments("called Jane Doe", "Jane Doe", null, null),
                arguments("lunch with Jane Doe", "Jane Doe", null, null),
                arguments("coffee with Jane Doe from Acme", "Jane Doe", "Acme", null),
                arguments("spoke with Jane Doe of Acme regarding renewal", "Jane Doe", "Acme", "renewal"),
                arguments("met Jane Doe, Acme", "Jane Doe", "Acme", null),
                arguments("met Jane Doe on the Q3 rollout", "Jane Doe", null, "the Q3 rollout"),
                arguments("met José Núñez", "José Núñez", null, null),
                arguments("met Jane Doe at Acme Corp about pricing.", "Jane Doe", "Acme Corp", "pricing"));
    }

    @ParameterizedTest
    @MethodSource("meetingsThatJustEnded")
    void aMeetingWithoutTimesEndsNow(String text, String person, String company, String topic) {
        LogMeeting meeting = (LogMeeting) parse(text);

        assertThat(meeting.person().name().display()).isEqualTo(person);
        assertThat(meeting.person().company()).isEqualTo(Optional.ofNullable(company));
        assertThat(meeting.topic()).isEqualTo(Optional.ofNullable(topic));
        assertThat(meeting.startsAt()).isEmpty();
        assertThat(meeting.endsAt()).isEqualTo(NOW.toInstant());
    }

    static Stream<Arguments> scheduledMeetings() {
        return Stream.of(
                arguments("meeting with Jane Doe (Acme) ends 3:30pm", null, "2026-11-23T15:30"),
                arguments("meeting with Jane Doe ends 9:30am", null, "2026-11-23T09:30"),
                arguments("meeting with Jane Doe from Acme tomorrow 2-3pm about renewal",
                        "2026-11-24T14:00", "2026-11-24T15:00"),
                arguments("meeting with Jane Doe today 14:00-15:30", "2026-11-23T14:00", "2026-11-23T15:30"),
                arguments("meeting with Jane on monday 10am-11am", "2026-11-23T10:00", "2026-11-23T11:00"),
                arguments("meeting with Jane on Wednesday 10am-11am", "2026-11-25T10:00", "2026-11-25T11:00"),
                arguments("meeting with Jane next monday 10am-11am", "2026-11-30T10:00", "2026-11-30T11:00"),
                arguments("meeting with Jane Doe on 2026-12-03 9:00-10:00", "2026-12-03T09:00", "2026-12-03T10:00"),
                arguments("meeting with Jane Doe Dec 3 2pm-3pm", "2026-12-03T14:00", "2026-12-03T15:00"),
                arguments("meeting with Jane Doe 3 December 2pm-3pm", "2026-12-03T14:00", "2026-12-03T15:00"),
                arguments("meeting with Jane Doe December 3rd, 2027 2pm-3pm", "2027-12-03T14:00", "2027-12-03T15:00"),
                arguments("meeting with Jane Doe jan 5 9-10", "2027-01-05T09:00", "2027-01-05T10:00"),
                arguments("meeting with Jane Doe today 11-1pm", "2026-11-23T11:00", "2026-11-23T13:00"),
                arguments("meeting with Jane Doe today 9-10", "2026-11-23T09:00", "2026-11-23T10:00"),
                arguments("meeting with Jane Doe today from 2pm until 4pm", "2026-11-23T14:00", "2026-11-23T16:00"),
                arguments("meeting with Jane Doe ends at 4", null, "2026-11-23T16:00"),
                arguments("meeting with Jane Doe until 16:00", null, "2026-11-23T16:00"),
                arguments("meeting with Jane tomorrow at 2pm", "2026-11-24T14:00", "2026-11-24T15:00"),
                arguments("meeting with Jane Doe at 3pm", "2026-11-23T15:00", "2026-11-23T16:00"),
                arguments("meeting with Jane Doe at 3pm for 45 min", "2026-11-23T15:00", "2026-11-23T15:45"),
                arguments("meeting with Jane Doe yesterday 4-5pm", "2026-11-22T16:00", "2026-11-22T17:00"),
                arguments("met Jane Doe today 8:00-9:15", "2026-11-23T08:00", "2026-11-23T09:15"));
    }

    @ParameterizedTest
    @MethodSource("scheduledMeetings")
    void timesAreReadInTheRepsZone(String text, String start, String end) {
        LogMeeting meeting = (LogMeeting) parse(text);

        assertThat(meeting.startsAt()).isEqualTo(Optional.ofNullable(start).map(ParserFixture::berlin));
        assertThat(meeting.endsAt()).isEqualTo(berlin(end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            call with Jane Doe ends in 45 min     | 45
            call with Jane Doe ends in 1 hour     | 60
            call with Jane Doe ends in 1h30       | 90
            call with Jane Doe ends in 90 minutes | 90
            call with Jane Doe ending in 5min     | 5
            call with Jane Doe ends in half an hour | 30
            """)
    void endsInCountsFromNow(String text, long minutes) {
        LogMeeting meeting = (LogMeeting) parse(text);

        assertThat(meeting.person().name().display()).isEqualTo("Jane Doe");
        assertThat(meeting.endsAt()).isEqualTo(NOW.toInstant().plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void clausesComeInAnyOrder() {
        LogMeeting expected = new LogMeeting(PersonRef.of("Jane Doe", "Acme"), Optional.of("renewal"),
                Optional.of(berlin("2026-11-24T14:00")), berlin("2026-11-24T15:00"));

        assertThat(parse("meeting with Jane Doe from Acme about renewal tomorrow 2-3pm")).isEqualTo(expected);
        assertThat(parse("meeting tomorrow 2-3pm with Jane Doe (Acme) about renewal")).isEqualTo(expected);
        assertThat(parse("meeting with Jane Doe 2-3pm tomorrow, Acme, about renewal")).isEqualTo(expected);
    }

    @Test
    void atFollowedByATimeIsATimeAndByAWordIsACompany() {
        LogMeeting meeting = (LogMeeting) parse("meeting with Jane Doe at Acme at 3pm");

        assertThat(meeting.person()).isEqualTo(PersonRef.of("Jane Doe", "Acme"));
        assertThat(meeting.startsAt()).contains(berlin("2026-11-23T15:00"));
    }

    @Test
    void timesFollowTheRepsZoneNotTheServers() {
        ZonedDateTime newYorkMorning = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneId.of("America/New_York"));

        LogMeeting meeting = (LogMeeting) new ChatParser().parse("meeting with Jane ends 3:30pm", newYorkMorning);

        assertThat(meeting.endsAt()).isEqualTo(Instant.parse("2026-11-23T20:30:00Z"));
    }

    @Test
    void aMeetingInTheSpringForwardGapDoesNotFail() {
        ZonedDateTime beforeDst = ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, ParserFixture.BERLIN);

        Command command = new ChatParser().parse("meeting with Jane tomorrow 2:30-3:30am", beforeDst);

        LogMeeting meeting = (LogMeeting) command;
        assertThat(meeting.startsAt()).contains(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(meeting.endsAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aMeetingInTheAutumnOverlapTakesTheEarlierOffset() {
        ZonedDateTime beforeDstEnds = ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, ParserFixture.BERLIN);

        LogMeeting meeting = (LogMeeting) new ChatParser().parse("meeting with Jane tomorrow 2:30am", beforeDstEnds);

        assertThat(meeting.startsAt()).contains(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            meeting with Jane Doe Feb 30 2pm-3pm         | There is no 30 February.
            meeting with Jane Doe 2026-02-29 2pm-3pm     | There is no 29 February 2026.
            meeting with Jane Doe 31 april 2pm           | There is no 31 April.
            meeting with Jane Doe on 2026-13-01 9:00     | There is no month 13.
            meeting with Jane Doe today 25:00-26:00      | There is no 25:00.
            meeting with Jane Doe ends 3:75pm            | There is no 3:75pm.
            meeting with Jane Doe at 13pm                | There is no 13pm.
            meeting with Jane Doe today 4pm-3pm          | That meeting ends before it starts.
            meeting with Jane Doe 12/03 2pm              | I can't tell which day 12/03 is (day or month first?). Write it as 2026-12-03 or Dec 3.
            meeting with Jane Doe tomorrow               | What time was that meeting? I need at least when it ends.
            """)
    void impossibleTimesAreExplained(String text, String reason) {
        Command command = parse(text);

        assertThat(command).isInstanceOf(Invalid.class);
        assertThat(((Invalid) command).reason()).isEqualTo(reason);
        assertThat(((Invalid) command).example()).startsWith("meeting with Jane Doe");
    }

    @Test
    void meetingWithoutAPersonIsInvalid() {
        Command command = parse("meeting with 😀 tomorrow 2-3pm");

        assertThat(command).isInstanceOf(Invalid.class);
        assertThat(((Invalid) command).reason()).contains("no letters or digits");
    }
}
