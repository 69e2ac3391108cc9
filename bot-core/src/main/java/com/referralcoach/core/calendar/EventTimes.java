package com.referralcoach.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * The times of an event as ical4j parsed them (a zoned, UTC, floating or all-day value), turned into instants at
 * once: floating and all-day values are read in the feed's zone.
 */
final class EventTimes {
    private final FeedZones zones;

    EventTimes(FeedZones zones) {
        this.zones = zones;
    }

    /** The event's DTSTART; an event without a readable one is malformed. */
    Temporal start(Component event) {
        return date(event, Property.DTSTART).orElseThrow(() -> new MalformedEvent("no start"));
    }

    Optional<Temporal> date(Component event, String name) {
        Optional<DateProperty<Temporal>> property = event.getProperty(name);
        return property.map(DateProperty::getDate);
    }

    /** How long each occurrence lasts: to DTEND, else DURATION, else a day for an all-day event, else nothing. */
    TemporalAmount length(Component event, Temporal start) {
        Optional<Temporal> end = date(event, Property.DTEND);
        if (end.isPresent()) {
            if (start instanceof LocalDate day && end.get() instanceof LocalDate last) {
                return Period.between(day, last);
            }
            Duration length = Duration.between(instant(start), instant(end.get()));
            return length.isNegative() ? Duration.ZERO : length;
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return duration.get().getDuration();
        }
        return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
    }

    Instant end(Temporal start, TemporalAmount length) {
        Instant end = instant(start.plus(length));
        return end.isBefore(instant(start)) ? instant(start) : end;
    }

    Instant instant(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (temporal instanceof Instant instant) {
            return instant;
        }
        if (temporal instanceof LocalDateTime floating) {
            return floating.atZone(zones.fallback()).toInstant();
        }
        if (temporal instanceof LocalDate day) {
            return day.atStartOfDay(zones.fallback()).toInstant();
        }
        throw new MalformedEvent("a time of an unknown kind");
    }

    /** The instant as a value of the same kind as {@code sample}, for ical4j's expansion. */
    Temporal like(Temporal sample, Instant instant) {
        if (sample instanceof ZonedDateTime zoned) {
            return instant.atZone(zoned.getZone());
        }
        if (sample instanceof OffsetDateTime offset) {
            return instant.atOffset(offset.getOffset());
        }
        if (sample instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(instant, zones.fallback());
        }
        if (sample instanceof LocalDate) {
            return LocalDate.ofInstant(instant, zones.fallback());
        }
        return instant;
    }
}
