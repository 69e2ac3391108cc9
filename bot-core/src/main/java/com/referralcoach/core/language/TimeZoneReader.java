package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "my timezone is Europe/Berlin", "tz America/New_York", "set timezone to UTC". */
final class TimeZoneReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern SETTING = Pattern.compile(
            "^(?:set\\s+|change\\s+)?(?:my\\s+)?(?:tz|time\\s*zone)(?:\\s+(?:is|to|=)|\\s*[:=])?\\s+(.+?)[\\s.!]*$", FLAGS);

    private final ZoneNames zones = new ZoneNames();

    Optional<Command> read(String text) {
        Matcher setting = SETTING.matcher(text);
        if (!setting.matches()) {
            return Optional.empty();
        }
        String typed = setting.group(1);
        return Optional.of(zones.find(typed)
                .<Command>map(SetTimeZone::new)
                .orElseGet(() -> new Invalid("I don't know the time zone '" + typed + "'. Did you mean "
                        + zones.closest(typed) + "?", Examples.TIME_ZONE)));
    }
}
