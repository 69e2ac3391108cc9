package com.referralcoach.core.language;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds a time zone from what a rep types: "Europe/Berlin", "america/new_york", "berlin", "New York", "UTC". */
final class ZoneNames {
    private static final Pattern REGION = Pattern.compile(
            "^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    private final Map<String, String> idsByLowerCase;
    private final Map<String, List<String>> regionIdsByCity;

    ZoneNames() {
        idsByLowerCase = ZoneId.getAvailableZoneIds().stream()
                .collect(Collectors.toMap(id -> id.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        regionIdsByCity = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> REGION.matcher(id).matches())
                .collect(Collectors.groupingBy(ZoneNames::city));
    }

    /** The zone the text names, if exactly one zone fits. */
    Optional<ZoneId> find(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        if (typed.equals("utc") || typed.equals("gmt")) {
            return Optional.of(ZoneId.of(typed.toUpperCase(Locale.ROOT)));
        }
        String id = idsByLowerCase.get(typed.replace(' ', '_'));
        if (id != null) {
            return Optional.of(ZoneId.of(id));
        }
        List<String> byCity = regionIdsByCity.getOrDefault(typed.replace('_', ' '), List.of());
        return byCity.size() == 1 ? Optional.of(ZoneId.of(byCity.get(0))) : Optional.empty();
    }

    /** The valid zone id whose spelling is nearest to the text. */
    String closest(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        return idsByLowerCase.values().stream()
                .filter(id -> REGION.matcher(id).matches() || id.equals("UTC"))
                .min(Comparator.comparingInt((String id) -> distance(typed, id)).thenComparing(id -> id))
                .orElse("UTC");
    }

    private static int distance(String typed, String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return Math.min(EditDistance.between(typed, lower), EditDistance.between(typed.replace(' ', '_'), city(id)));
    }

    private static String city(String id) {
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
