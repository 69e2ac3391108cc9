package com.referralcoach.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How many times one rep did one kind of activity in one 15-minute slot (every time zone's midnight falls on a
 * slot boundary), with the amounts won in it summed per currency.
 */
public record Tally(RepId rep, ActivityKind kind, Instant slot, long count, List<Money> amounts) {
    public static final Duration SLOT = Duration.ofMinutes(15);

    public Tally {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        amounts = List.copyOf(amounts);
    }

    /** The start of the slot that holds {@code at}. */
    public static Instant slotOf(Instant at) {
        long seconds = SLOT.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }
}
