package com.referralcoach.core.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What was planned for a birthday or customer anniversary: the day it next falls on, when the card comes (none when
 * its time has passed and no working moment is left before the day), and when the word on the day comes (none when
 * that moment has passed too: the day is today or a day off just ahead, so the rep should have the card now, and
 * the next year's reminders are planned instead).
 */
public record OccasionPlan(LocalDate day, Optional<Instant> card, Optional<Instant> onTheDay) {
    public OccasionPlan {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(onTheDay, "onTheDay");
    }

    /** True when the day has come (or comes before the rep's next working moment): the card is due now. */
    public boolean isNow() {
        return onTheDay.isEmpty();
    }
}
