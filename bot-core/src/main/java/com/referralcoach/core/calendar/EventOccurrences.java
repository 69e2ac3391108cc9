package com.referralcoach.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.RRule;

/**
 * The occurrences of a feed's events within the window. A series is expanded by ical4j over the window only, its
 * EXDATEs taken out (again here, by instant, as a UTC EXDATE need not equal a zoned start), then its RECURRENCE-ID
 * overrides applied, which ical4j does not do: an override replaces the occurrence it names, moved or cancelled.
 * A series repeating every minute or second is malformed; a series yields at most 1,000 occurrences.
 */
final class EventOccurrences {
    private static final int MOST_PER_SERIES = 1_000;
    private static final Set<Frequency> TOO_FREQUENT = Set.of(Frequency.SECONDLY, Frequency.MINUTELY);

    private final FeedWindow window;
    private final EventTimes times;
    private int skipped;

    EventOccurrences(FeedWindow window, FeedZones zones) {
        this.window = window;
        this.times = new EventTimes(zones);
    }

    /** How many events could not be used. */
    int skipped() {
        return skipped;
    }

    List<CalendarOccurrence> of(List<Component> events, int alreadySkipped) {
        skipped = alreadySkipped;
        Map<String, List<Component>> byUid = new LinkedHashMap<>();
        for (Component event : events) {
            Optional<Property> uid = event.getProperty(Property.UID);
            Optional<String> key = uid.map(Property::getValue).map(String::strip).filter(u -> !u.isEmpty());
            if (key.isEmpty()) {
                skipped++;
            } else {
                byUid.computeIfAbsent(key.get(), u -> new ArrayList<>()).add(event);
            }
        }
        List<CalendarOccurrence> occurrences = new ArrayList<>();
        byUid.forEach((uid, group) -> occurrences.addAll(series(uid, group)));
        return occurrences;
    }

    private List<CalendarOccurrence> series(String uid, List<Component> group) {
        List<CalendarOccurrence> series = new ArrayList<>();
        List<Component> overrides = new ArrayList<>();
        for (Component event : group) {
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.add(event);
            } else {
                attempt(() -> series.addAll(expand(uid, event)));
            }
        }
        overrides.sort(Comparator.comparingInt(EventOccurrences::sequence));
        for (Component override : overrides) {
            attempt(() -> {
                Instant replaced = times.instant(times.date(override, Property.RECURRENCE_ID).orElseThrow());
                series.removeIf(o -> o.recurrenceId().equals(Optional.of(replaced)));
                Temporal start = times.start(override);
                Instant end = times.end(start, times.length(override, start));
                CalendarOccurrence moved = occurrence(uid, override, Optional.of(replaced), start, end);
                if (window.overlaps(moved.start(), moved.end())) {
                    series.add(moved);
                }
            });
        }
        return series;
    }

    private void attempt(Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException malformed) {
            skipped++;
        }
    }

    private List<CalendarOccurrence> expand(String uid, Component event) {
        Temporal start = times.start(event);
        TemporalAmount length = times.length(event, start);
        List<RRule<Temporal>> rules = event.getProperties(Property.RRULE);
        if (rules.stream().anyMatch(rule -> TOO_FREQUENT.contains(rule.getRecur().getFrequency()))) {
            throw new MalformedEvent("repeats every minute or second");
        }
        if (rules.isEmpty() && event.getProperties(Property.RDATE).isEmpty()) {
            CalendarOccurrence single = occurrence(uid, event, Optional.empty(), start, times.end(start, length));
            return window.overlaps(single.start(), single.end()) ? List.of(single) : List.of();
        }
        Duration reach = Duration.between(times.instant(start), times.end(start, length)).plusDays(1);
        Period<Temporal> period = new Period<>(times.like(start, window.from().minus(reach)),
                times.like(start, window.to().plusSeconds(1)));
        Set<Period<Temporal>> found = event.calculateRecurrenceSet(period);
        Set<Instant> excluded = excluded(event);
        return found.stream().map(Period::getStart).sorted(Comparator.comparing(times::instant))
                .filter(at -> !excluded.contains(times.instant(at)))
                .map(at -> occurrence(uid, event, Optional.of(times.instant(at)), at, times.end(at, length)))
                .filter(o -> window.overlaps(o.start(), o.end())).limit(MOST_PER_SERIES).toList();
    }

    private Set<Instant> excluded(Component event) {
        List<DateListProperty<Temporal>> exdates = event.getProperties(Property.EXDATE);
        return exdates.stream().flatMap(p -> p.getDates().stream()).map(times::instant).collect(Collectors.toSet());
    }

    private CalendarOccurrence occurrence(String uid, Component event, Optional<Instant> recurrenceId, Temporal start,
            Instant end) {
        boolean allDay = start instanceof java.time.LocalDate
                || value(event, "X-MICROSOFT-CDO-ALLDAYEVENT").filter("TRUE"::equalsIgnoreCase).isPresent();
        boolean free = value(event, Property.TRANSP).filter("TRANSPARENT"::equalsIgnoreCase).isPresent()
                || value(event, "X-MICROSOFT-CDO-BUSYSTATUS").filter("FREE"::equalsIgnoreCase).isPresent();
        return new CalendarOccurrence(uid, recurrenceId, times.instant(start), end,
                value(event, Property.SUMMARY).orElse(""),
                value(event, Property.STATUS).map(EventStatus::of).orElse(EventStatus.CONFIRMED),
                EventPeople.attendees(event), EventPeople.organizer(event), free, allDay);
    }

    private static int sequence(Component event) {
        try {
            return value(event, Property.SEQUENCE).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Optional<String> value(Component component, String name) {
        Optional<Property> property = component.getProperty(name);
        return property.map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty());
    }
}
