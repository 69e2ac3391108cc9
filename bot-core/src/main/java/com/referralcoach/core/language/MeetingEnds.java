package com.referralcoach.core.language;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a meeting entered on a form ends: a typed end ("3:30pm", "15:30", "in 45 min", "tomorrow 2-3pm"), read with
 * the chat's own day and clock readers, or a time picked on a 24-hour clock. No end means the meeting is over.
 */
final class MeetingEnds {
    static final String EXAMPLE = "3:30pm, 15:30, in 45 min or tomorrow 2-3pm";
    /** What may be left of a typed end once its day and times are taken out: the word we put in front, punctuation. */
    private static final Pattern NOTHING_LEFT = Pattern.compile("^[\\s,.;:!-]*(?:ends\\b)?[\\s,.;:!-]*$",
            Pattern.CASE_INSENSITIVE);

    private final MeetingDayReader days = new MeetingDayReader();
    private final MeetingTimeReader times = new MeetingTimeReader();

    Reading<MeetingReader.Window> typed(Optional<String> ends, ZonedDateTime now) {
        if (ends.isEmpty()) {
            return MeetingReader.when(Optional.empty(), found(Optional.empty()), now);
        }
        String typed = ends.get();
        return days.read(typed, now.toLocalDate())
                .then(day -> times.read("ends " + day.rest())
                        .then(clock -> NOTHING_LEFT.matcher(clock.rest()).matches() && anyTime(day, clock)
                                ? MeetingReader.when(day.day(), clock, now)
                                : Reading.invalid("I couldn't read \"" + typed + "\" as the time the meeting ends.",
                                        EXAMPLE)));
    }

    Reading<MeetingReader.Window> picked(Optional<LocalTime> endsAt, ZonedDateTime now) {
        return MeetingReader.when(Optional.empty(), found(endsAt.map(MeetingEnds::clock)), now);
    }

    private static boolean anyTime(MeetingDayReader.Found day, MeetingTimeReader.Found clock) {
        return day.day().isPresent() || clock.start().isPresent() || clock.end().isPresent()
                || clock.endsIn().isPresent() || clock.lasts().isPresent();
    }

    private static MeetingTimeReader.Found found(Optional<ClockTime> end) {
        return new MeetingTimeReader.Found("", Optional.empty(), end, Optional.empty(), Optional.empty());
    }

    /** A picked 24-hour time as a clock time with am/pm, so no afternoon is guessed for 03:00. */
    private static ClockTime clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return new ClockTime(hour, time.getMinute(), time.getHour() < 12 ? "a" : "p", time.toString());
    }
}
