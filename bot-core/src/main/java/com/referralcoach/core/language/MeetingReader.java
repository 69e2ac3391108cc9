package com.referralcoach.core.language;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a meeting: who, at which company, about what, and when it starts and ends, in any order. */
final class MeetingReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern MEETING = Pattern.compile("^(?:(?:i\\s+)?had\\s+(?:a\\s+|an\\s+)?)?(?:(?:quick|short)\\s+)?"
            + "(?:meeting|call|phone\\s+call|video\\s+call|zoom(?:\\s+call)?|lunch|coffee|dinner|breakfast|drinks|demo|chat)"
            + "(\\s+\\S+(?:\\s+\\S+){0,3}?)?\\s+with\\s+(.+)$", FLAGS);
    private static final Pattern MET = Pattern.compile("^(?:i\\s+)?(?:met(?:\\s+with)?|called|phoned|rang|saw|visited"
            + "|spoke\\s+(?:with|to)|talked\\s+(?:with|to))\\s+(.+)$", FLAGS);
    /** "Ann Lo and Bo Park at Vela": two people met at once, each with the company named after them. */
    private static final Pattern TWO_PEOPLE = Pattern.compile(
            "^(\\p{Lu}[^,;()]*?)\\s+(?:and|&)\\s+(\\p{Lu}[^,;()]*?)(\\s+(?:at|from|of|@)\\s+.+|\\s*\\([^()]+\\))?$");
    private static final Pattern HAD = Pattern.compile("(?:i\\s+)?had\\b", FLAGS);
    private static final Pattern TOPIC = Pattern.compile(
            "^(.*?)\\s*(?:\\b(?:about|regarding|to\\s+discuss|on)\\s+|\\bre:\\s*)(.+)$", FLAGS);
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+(?=[,;])");
    private static final Pattern REPEATED_COMMA = Pattern.compile("([,;])(?:\\s*[,;])+");
    private static final Pattern LEFTOVER = Pattern.compile("\\s+[.!]+(?=\\s|$)|^[\\s,;]+|[\\s,;]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Duration USUAL_LENGTH = Duration.ofHours(1);

    private final MeetingDayReader days = new MeetingDayReader();
    private final MeetingTimeReader times = new MeetingTimeReader();
    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text, ZonedDateTime now) {
        Matcher meeting = MEETING.matcher(text);
        Matcher met = MET.matcher(text);
        String details = meeting.matches() ? Optional.ofNullable(meeting.group(1)).orElse("") + " " + meeting.group(2)
                : met.matches() ? met.group(1) : null;
        if (details == null) {
            return Optional.empty();
        }
        boolean past = met.matches() || HAD.matcher(text).lookingAt();
        return Optional.of(days.read(details, now.toLocalDate(), past)
                .then(day -> times.read(day.rest())
                        .then(clock -> when(day.day(), clock, now)
                                .then(window -> meeting(clock.rest(), window))))
                .toCommand(command -> command));
    }

    /** When a meeting starts (if said) and ends. */
    record Window(Optional<Instant> startsAt, Instant endsAt) {
    }

    /**
     * When a meeting said in other words took place, from the day and clock times anywhere in the text; a past day
     * with no time ("yesterday", "last tues") ends at this time of that day, as in the strict reading.
     */
    Reading<Window> window(String text, ZonedDateTime now) {
        return days.read(text, now.toLocalDate()).then(day -> times.read(day.rest()).then(clock -> {
            boolean noClock = clock.start().isEmpty() && clock.end().isEmpty() && clock.endsIn().isEmpty();
            Optional<LocalDate> past = day.day().filter(d -> d.isBefore(now.toLocalDate()));
            if (noClock && past.isPresent()) {
                return Reading.of(new Window(Optional.empty(), instant(past.get(), now.toLocalTime(), now)));
            }
            return when(day.day(), clock, now);
        }));
    }

    private Reading<Command> meeting(String rest, Window window) {
        String commas = REPEATED_COMMA.matcher(SPACE_BEFORE_COMMA.matcher(rest).replaceAll("")).replaceAll("$1");
        String cleaned = SPACES.matcher(LEFTOVER.matcher(commas).replaceAll("")).replaceAll(" ").strip();
        Matcher topic = TOPIC.matcher(cleaned);
        boolean hasTopic = topic.matches() && !topic.group(1).isBlank();
        String person = hasTopic ? topic.group(1) : cleaned;
        Optional<String> about = hasTopic ? Notes.note(topic.group(2)) : Optional.empty();
        Matcher two = TWO_PEOPLE.matcher(person);
        if (two.matches() && NameShape.plausible(two.group(1)) && NameShape.plausible(two.group(2))) {
            String company = Optional.ofNullable(two.group(3)).orElse("");
            return people.read(two.group(1) + company, Examples.MEETING)
                    .then(first -> people.read(two.group(2) + company, Examples.MEETING)
                            .then(second -> Reading.of(new Several(List.of(
                                    new LogMeeting(first, about, window.startsAt(), window.endsAt()),
                                    new LogMeeting(second, about, window.startsAt(), window.endsAt()))))));
        }
        return people.read(person, Examples.MEETING)
                .then(ref -> Reading.of(new LogMeeting(ref, about, window.startsAt(), window.endsAt())));
    }

    static Reading<Window> when(Optional<LocalDate> named, MeetingTimeReader.Found clock, ZonedDateTime now) {
        LocalDate day = named.orElse(now.toLocalDate());
        Optional<Instant> start = clock.startsIn().map(in -> now.plus(in).toInstant())
                .or(() -> clock.start().map(time -> instant(day, clock.end()
                        .map(time::startBefore).orElse(time.toLocalTime()), now)));
        Optional<Instant> end = clock.endsIn().map(length -> now.plus(length).toInstant())
                .or(() -> clock.end().map(time -> instant(day, endOf(time, clock.start()), now)))
                .or(() -> start.map(at -> at.plus(clock.lasts().orElse(USUAL_LENGTH))));
        if (end.isEmpty() && day.isBefore(now.toLocalDate())) {
            end = Optional.of(instant(day, now.toLocalTime(), now));
        }
        if (end.isEmpty() && !day.equals(now.toLocalDate())) {
            return Reading.invalid("What time was that meeting? I need at least when it ends.", Examples.MEETING_TIMES);
        }
        Instant endsAt = end.orElse(now.toInstant());
        if (start.isPresent() && endsAt.isBefore(start.get())) {
            return Reading.invalid("That meeting ends before it starts.", Examples.MEETING_TIMES);
        }
        return Reading.of(new Window(start, endsAt));
    }

    private static LocalTime endOf(ClockTime end, Optional<ClockTime> start) {
        return start.map(from -> end.endAfter(from.startBefore(end))).orElse(end.toLocalTime());
    }

    private static Instant instant(LocalDate day, LocalTime time, ZonedDateTime now) {
        return ZonedDateTime.of(day, time, now.getZone()).toInstant();
    }
}
