package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When a rep wants to hear from the bot: a daily window in minutes of the day (start inclusive, end
 * exclusive, 0 to 1440) on some days of the week, in the rep's own zone. Default Mon-Fri 08:00-19:00.
 */
public record WorkingHours(int startMinute, int endMinute, Set<DayOfWeek> days) {
    public static final WorkingHours DEFAULT = new WorkingHours(8 * 60, 19 * 60,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final int DAY_MINUTES = 24 * 60;

    public WorkingHours {
        Objects.requireNonNull(days, "days");
        if (startMinute < 0 || endMinute > DAY_MINUTES || startMinute >= endMinute) {
            throw new ReferralCoachException("working hours must start before they end, within 00:00-24:00");
        }
        if (days.isEmpty()) {
            throw new ReferralCoachException("working hours need at least one working day");
        }
        days = Set.copyOf(days);
    }

    public WorkingHours withWindow(int start, int end) {
        return new WorkingHours(start, end, days);
    }

    public WorkingHours withDays(Set<DayOfWeek> newDays) {
        return new WorkingHours(startMinute, endMinute, newDays);
    }

    public boolean isWorkDay(DayOfWeek day) {
        return days.contains(day);
    }

    /** "Mon-Fri 08:00-19:00", "Mon, Wed, Fri 00:00-24:00". */
    public String display() {
        return dayList() + " " + clock(startMinute) + "-" + clock(endMinute);
    }

    private String dayList() {
        EnumSet<DayOfWeek> sorted = EnumSet.copyOf(days);
        DayOfWeek first = sorted.iterator().next();
        DayOfWeek last = first;
        for (DayOfWeek d : sorted) {
            last = d;
        }
        if (sorted.size() > 2 && sorted.equals(EnumSet.range(first, last))) {
            return name(first) + "-" + name(last);
        }
        return String.join(", ", sorted.stream().map(WorkingHours::name).toList());
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
