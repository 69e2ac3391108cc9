package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Placeholder until the working-time rules land. */
public final class WorkingTime {
    public WorkingTime(ZoneId zone, WorkingHours hours) {
    }

    public Instant nextOpen(Instant at) {
        return at;
    }

    public boolean isOpen(Instant at) {
        return true;
    }

    public Instant plusWorking(Instant from, Duration working) {
        return from.plus(working);
    }

    public Instant plusWorkingDay(Instant from) {
        return from.plus(Duration.ofDays(1));
    }

    public Instant nextWorkingMorning(Instant at) {
        return at.plus(Duration.ofDays(1));
    }
}
