package com.referralcoach.core.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * Reads a feed's bytes into the occurrences of a window, with ical4j configured offline ({@link FeedZones}). A feed
 * that is a web page, JSON or binary is refused. The whole feed is parsed at once; when that fails, each event is
 * parsed on its own, so a broken event is skipped and counted and the rest of the feed is used. The parsed calendar
 * is dropped as soon as its events are plain values. Floating and all-day times, and times in a zone nothing
 * defines, are read in the feed's X-WR-TIMEZONE when it names a zone, else in the zone the caller gives (the rep's).
 */
public final class IcsReader {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+");

    /** The occurrences overlapping the window, or why the bytes are not a calendar. */
    public IcsReading read(byte[] bytes, FeedWindow window, ZoneId defaultZone) {
        Optional<String> notACalendar = FeedSniffer.notACalendar(bytes);
        if (notACalendar.isPresent()) {
            return new IcsReading.NotACalendar(notACalendar.get());
        }
        FeedZones zones = new FeedZones(window, defaultZone);
        Parsed parsed = parse(PastEvents.withoutPast(FeedSniffer.text(bytes, bytes.length), window), zones, false);
        Optional<String> feedZone = parsed.property("X-WR-TIMEZONE");
        feedZone.flatMap(zones::known).ifPresent(zones::fallBackTo);
        EventOccurrences occurrences = new EventOccurrences(window, zones);
        List<CalendarOccurrence> found = occurrences.of(parsed.events(), parsed.broken());
        Optional<String> owner = parsed.property("X-WR-CALNAME").map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> ADDRESS.matcher(n).matches());
        return new IcsReading.Parsed(new IcsFeed(found, occurrences.skipped(), zones.unknown(), owner,
                zones.fallback()));
    }

    /** Parses the feed; {@code eventByEvent} skips the attempt at once (tests compare both ways). */
    Parsed parse(String text, FeedZones zones, boolean eventByEvent) {
        if (!eventByEvent) {
            Optional<Calendar> whole = build(text, zones);
            if (whole.isPresent()) {
                return new Parsed(whole.get(), events(whole.get()), 0);
            }
        }
        IcsBlocks blocks = IcsBlocks.of(text);
        Calendar header = build(blocks.calendar(List.of()), zones).orElseGet(Calendar::new);
        if (build(blocks.calendar(blocks.zones()), zones).isEmpty()) {
            blocks.zones().forEach(zone -> build(blocks.calendar(List.of(zone)), zones));
        }
        List<Component> events = new ArrayList<>();
        int broken = 0;
        for (String event : blocks.events()) {
            Optional<Calendar> one = build(blocks.calendar(List.of(event)), zones);
            List<Component> parsed = one.map(IcsReader::events).orElse(List.of());
            if (parsed.isEmpty() && event.toUpperCase(Locale.ROOT).startsWith("BEGIN:VEVENT")) {
                broken++;
            }
            events.addAll(parsed);
        }
        return new Parsed(header, events, broken);
    }

    private static List<Component> events(Calendar calendar) {
        List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        return List.copyOf(events);
    }

    private static Optional<Calendar> build(String text, FeedZones zones) {
        try {
            return Optional.of(new CalendarBuilder(zones).build(new StringReader(text)));
        } catch (IOException | ParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A parsed feed: its calendar properties, its events and how many events would not parse at all. */
    record Parsed(Calendar calendar, List<Component> events, int broken) {
        Optional<String> property(String name) {
            Optional<Property> property = calendar.getProperty(name);
            return property.map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty());
        }
    }
}
