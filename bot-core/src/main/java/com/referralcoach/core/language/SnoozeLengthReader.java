package com.referralcoach.core.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how long to put a reminder off: "2h", "30 min", "1 day", "1h30", "1.5 hours", "an hour", "2 weeks". */
final class SnoozeLengthReader {
    /** The longest snooze: a reminder put off further is better cancelled. */
    static final Duration LONGEST = Duration.ofDays(90);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PART = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?|an?|one|half\\s+an?)\\s*"
            + "(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)(?!\\p{L})", FLAGS);
    private static final Pattern AND = Pattern.compile("\\s*(?:,|\\band\\b)?\\s*", FLAGS);
    /** "1h30": minutes after hours need no unit. */
    private static final Pattern BARE_MINUTES = Pattern.compile("(\\d{1,2})", FLAGS);

    /** The length, empty when {@code text} is not a length at all, or the reason it cannot be a snooze. */
    Optional<Reading<Duration>> read(String text, String example) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher part = PART.matcher(text);
        Matcher and = AND.matcher(text);
        BigDecimal minutes = BigDecimal.ZERO;
        int position = 0;
        String lastUnit = "";
        while (position < text.length()) {
            part.region(position, text.length());
            if (!part.lookingAt()) {
                Matcher bare = BARE_MINUTES.matcher(text).region(position, text.length());
                if (lastUnit.startsWith("h") && bare.matches()) {
                    minutes = minutes.add(new BigDecimal(bare.group(1)));
                    break;
                }
                return Optional.empty();
            }
            lastUnit = part.group(2).toLowerCase(Locale.ROOT);
            minutes = minutes.add(amount(part.group(1)).multiply(BigDecimal.valueOf(minutesPer(lastUnit))));
            and.region(part.end(), text.length());
            position = and.lookingAt() ? and.end() : part.end();
        }
        return Optional.of(checked(minutes, example));
    }

    private static Reading<Duration> checked(BigDecimal minutes, String example) {
        if (minutes.signum() <= 0) {
            return Reading.invalid("A snooze needs a length above zero.", example);
        }
        if (minutes.compareTo(BigDecimal.valueOf(LONGEST.toMinutes())) > 0) {
            return Reading.invalid("I can snooze a reminder for at most 90 days.", example);
        }
        return Reading.of(Duration.ofSeconds(minutes.multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    private static BigDecimal amount(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("half")) {
            return new BigDecimal("0.5");
        }
        return Character.isDigit(lower.charAt(0)) ? new BigDecimal(lower) : BigDecimal.ONE;
    }

    private static long minutesPer(String unit) {
        if (unit.startsWith("w")) {
            return 7 * 24 * 60;
        }
        if (unit.startsWith("d")) {
            return 24 * 60;
        }
        return unit.startsWith("h") ? 60 : 1;
    }
}
