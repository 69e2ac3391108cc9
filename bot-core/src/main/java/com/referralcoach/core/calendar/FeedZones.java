package com.referralcoach.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.ZoneRulesBuilder;

/**
 * The zones of one feed, resolved offline to the JDK's own zones, in this order: an IANA name; a Windows name
 * (Outlook); a name ending in an IANA one ("/mozilla.org/…/Europe/Berlin"); a name only the feed's own VTIMEZONE
 * defines, matched to the JDK zone with the same offsets over the window (else the fixed offset it has at the
 * window's start); and last, for a name nothing defines, the fallback zone, counted as unknown. It never registers
 * zones with ical4j's JVM-wide zone-id pool and never loads or downloads a definition, so a parse leaves nothing
 * behind. One per parse; not thread-safe.
 */
final class FeedZones implements TimeZoneRegistry {
    /** ical4j asks a registry for a zone id only when this map is not empty; its content is never used. */
    private static final Map<String, ZoneRules> ASK_ME = Map.of("UTC", ZoneOffset.UTC.getRules());
    private static final Duration SAMPLE = Duration.ofHours(6);

    private final FeedWindow window;
    private final Map<String, TimeZone> defined = new HashMap<>();
    private final Map<String, ZoneId> resolved = new HashMap<>();
    private final Set<String> unknown = new TreeSet<>();
    private ZoneId fallback;

    FeedZones(FeedWindow window, ZoneId fallback) {
        this.window = window;
        this.fallback = fallback;
    }

    /** The zone of date-times whose zone is floating or unknown. */
    ZoneId fallback() {
        return fallback;
    }

    void fallBackTo(ZoneId zone) {
        fallback = zone;
    }

    /** The zone a name stands for, without falling back. */
    Optional<ZoneId> known(String tzId) {
        String id = tzId.strip();
        return iana(id).or(() -> WindowsZones.zoneFor(id)).or(() -> ianaSuffix(id)).or(() -> fromDefinition(id));
    }

    /** The names no zone could be found for; their times were read in the fallback zone. */
    Set<String> unknown() {
        return Set.copyOf(unknown);
    }

    @Override
    public void register(TimeZone timezone) {
        defined.put(timezone.getID(), timezone);
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        register(timezone);
    }

    @Override
    public void clear() {
        defined.clear();
        resolved.clear();
    }

    /** The feed's own definition of that name, or null (ical4j's contract). */
    @Override
    public TimeZone getTimeZone(String id) {
        return defined.get(id);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return ASK_ME;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return resolved.computeIfAbsent(tzId, id -> known(id).orElseGet(() -> {
            unknown.add(id);
            return fallback;
        }));
    }

    /** Only used to write calendars, which we never do: null (ical4j's contract for "none"). */
    @Override
    public String getTzId(String zoneId) {
        return null;
    }

    private static Optional<ZoneId> iana(String id) {
        if (id.equalsIgnoreCase("UTC") || id.equalsIgnoreCase("GMT") || id.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        return ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    private static Optional<ZoneId> ianaSuffix(String id) {
        String[] parts = id.split("/");
        for (int take = 3; take >= 2; take--) {
            if (parts.length > take) {
                String tail = String.join("/", Arrays.copyOfRange(parts, parts.length - take, parts.length));
                Optional<ZoneId> zone = iana(tail);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ZoneId> fromDefinition(String id) {
        TimeZone definition = defined.get(id);
        if (definition == null) {
            return Optional.empty();
        }
        ZoneRules rules;
        try {
            rules = new ZoneRulesBuilder().vTimeZone(definition.getVTimeZone()).build();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<Instant> samples = samples();
        List<ZoneOffset> offsets = samples.stream().map(rules::getOffset).toList();
        Optional<ZoneId> same = ZoneId.getAvailableZoneIds().stream().sorted(Comparator.naturalOrder())
                .filter(FeedZones::region)
                .map(ZoneId::of).filter(zone -> sameOffsets(offsets, samples, zone.getRules())).findFirst();
        return same.or(() -> Optional.of(offsets.get(0)));
    }

    /** A JDK region zone ("Europe/Berlin"): not Etc/, SystemV/, nor one of the ids ical4j's providers add. */
    private static boolean region(String name) {
        return name.indexOf('/') > 0 && !name.startsWith("Etc/") && !name.startsWith("SystemV/")
                && !name.contains("ical4j");
    }

    /** Every 6 hours over the window (and a day either side), where a definition and a zone must agree. */
    private List<Instant> samples() {
        List<Instant> samples = new ArrayList<>();
        Instant end = window.to().plus(Duration.ofDays(1));
        for (Instant at = window.from().minus(Duration.ofDays(1)); at.isBefore(end); at = at.plus(SAMPLE)) {
            samples.add(at);
        }
        return samples;
    }

    private static boolean sameOffsets(List<ZoneOffset> offsets, List<Instant> samples, ZoneRules candidate) {
        for (int i = 0; i < samples.size(); i++) {
            if (!offsets.get(i).equals(candidate.getOffset(samples.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
