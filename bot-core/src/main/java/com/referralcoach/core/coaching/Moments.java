package com.referralcoach.core.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Shows instants the way a rep reads them, in the rep's zone: "today 3:30 PM", "Tue 1 Dec 2:00 PM". */
public final class Moments {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ZonedDateTime now;

    public Moments(ZonedDateTime now) {
        this.now = now;
    }

    public String dateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(now.getZone());
        return day(at.toLocalDate()) + " " + TIME.format(at);
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(now.getZone()));
    }

    /** "today", "yesterday", or "on Tue 3 Nov": reads after a verb ("said no today", "said no on Tue 3 Nov"). */
    public String on(Instant instant) {
        String day = date(instant);
        return day.endsWith("day") && !day.contains(" ") ? day : "on " + day;
    }

    public String date(Instant instant) {
        return day(instant.atZone(now.getZone()).toLocalDate());
    }

    private String day(LocalDate date) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        return date.getYear() == now.getYear() ? DAY.format(date) : DAY_YEAR.format(date);
    }

    /** "today", "1 day", "12 days" since {@code since}. */
    public String age(Instant since) {
        long days = Duration.between(since, now.toInstant()).toDays();
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
