package com.referralcoach.app;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.discord.DiscordShards;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The configuration: defaults from referral-coach.properties (in the jar, then ./config/ if present),
 * each key overridden by the environment variable of the same name.
 */
final class Settings {
    private static final String FILE = "referral-coach.properties";

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static Settings load(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        readDefaults(merged);
        environment.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        return new Settings(merged);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Every setting checked before anything connects: the first wrong one stops the start with one line naming it
     * and what is wrong. A secret's value is never part of the line.
     */
    void check() {
        mongoUri().ifPresent(uri -> {
            try {
                new com.mongodb.ConnectionString(uri);
            } catch (IllegalArgumentException e) {
                throw new ReferralCoachException("MONGODB_URI is not a MongoDB connection string (it should look like"
                        + " mongodb://host:27017 or mongodb+srv://cluster.example.net)");
            }
        });
        defaultZone();
        adminPort();
        dispatchInterval();
        digestSync();
        reminderLease();
        calendarEvery();
        token("SLACK_BOT_TOKEN", "xoxb-", "the bot token (xoxb-…) from OAuth & Permissions");
        token("SLACK_APP_TOKEN", "xapp-", "an app-level token (xapp-…) from Basic Information");
        SlackStart.settings(this);
        get("DISCORD_BOT_TOKEN").filter(t -> t.startsWith("xox") || t.startsWith("xapp-")).ifPresent(t -> {
            throw new ReferralCoachException("DISCORD_BOT_TOKEN holds a Slack token; it wants the bot token from the"
                    + " Discord developer portal");
        });
        discordShards();
        get("REFERRAL_COACH_LOG_FORMAT").filter(f -> !f.equals("json") && !f.equals("text")).ifPresent(f -> {
            throw new ReferralCoachException("REFERRAL_COACH_LOG_FORMAT=" + f + " must be json or text");
        });
    }

    private void token(String name, String prefix, String wanted) {
        get(name).filter(t -> !t.startsWith(prefix)).ifPresent(t -> {
            String kind = t.startsWith("xapp-") ? "an app-level token (xapp-…)" : t.startsWith("xoxb-")
                    ? "a bot token (xoxb-…)" : t.startsWith("xoxp-") ? "a user token (xoxp-…)" : "something else";
            throw new ReferralCoachException(name + " holds " + kind + "; it wants " + wanted);
        });
    }

    /**
     * The Discord gateway shards this process runs (DISCORD_SHARDS, such as 0-3/8); empty: as many as Discord
     * recommends, all in this process.
     */
    Optional<DiscordShards> discordShards() {
        return get("DISCORD_SHARDS").map(value -> {
            try {
                return DiscordShards.parse(value);
            } catch (ReferralCoachException e) {
                throw new ReferralCoachException("DISCORD_SHARDS=" + value + " " + e.getMessage());
            }
        });
    }

    Optional<String> mongoUri() {
        return get("MONGODB_URI");
    }

    String database() {
        return get("REFERRAL_COACH_DB").orElse("referral_coach");
    }

    Path dataDir() {
        return Path.of(get("REFERRAL_COACH_DATA").orElse("./data")).toAbsolutePath().normalize();
    }

    /** How often the reminder dispatcher looks for due reminders (1-10 s). */
    java.time.Duration dispatchInterval() {
        String value = get("REFERRAL_COACH_DISPATCH_SECONDS").orElse("5");
        try {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= 10) {
                return java.time.Duration.ofMillis((long) (seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReferralCoachException("REFERRAL_COACH_DISPATCH_SECONDS=" + value + " must be a number of seconds"
                + " above 0 and at most 10");
    }

    /** How often each process brings the digest schedules in step and posts a digest missed (1 s to 1 h). */
    java.time.Duration digestSync() {
        return wholeSeconds("REFERRAL_COACH_DIGEST_SYNC_SECONDS", 60, 1, 3600);
    }

    /** How long a dispatcher's claim on a reminder lasts before another process may take it over. */
    java.time.Duration reminderLease() {
        return wholeSeconds("REFERRAL_COACH_LEASE_SECONDS", 120, 4, 3600);
    }

    /** A setting of whole seconds from {@code least} to {@code most}; {@code otherwise} when it is not set. */
    private java.time.Duration wholeSeconds(String name, long otherwise, long least, long most) {
        String value = get(name).orElse(Long.toString(otherwise));
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= least && seconds <= most) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReferralCoachException(name + "=" + value + " must be " + least + " to " + most + " seconds");
    }

    /** The operator's port (REFERRAL_COACH_ADMIN_PORT, 0 for any free one); empty when not set. */
    java.util.OptionalInt adminPort() {
        Optional<String> value = get("REFERRAL_COACH_ADMIN_PORT");
        if (value.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(value.get().strip());
            if (port >= 0 && port <= 65535) {
                return java.util.OptionalInt.of(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReferralCoachException("REFERRAL_COACH_ADMIN_PORT=" + value.get() + " must be a port number, 0 to 65535");
    }

    /** How often each calendar feed is read: REFERRAL_COACH_CALENDAR_EVERY, an ISO duration (default PT10M). */
    java.time.Duration calendarEvery() {
        String value = get("REFERRAL_COACH_CALENDAR_EVERY").orElse("PT10M");
        try {
            java.time.Duration every = java.time.Duration.parse(value);
            if (!every.isNegative() && every.compareTo(java.time.Duration.ofSeconds(1)) >= 0) {
                return every;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new ReferralCoachException("REFERRAL_COACH_CALENDAR_EVERY=" + value
                + " must be an ISO duration of at least a second, such as PT10M");
    }

    /**
     * The bot's clock: the system's, or, for tests only, one that starts at REFERRAL_COACH_TEST_CLOCK (an ISO
     * instant such as 2026-12-05T10:00:00Z) and ticks on from there, so a process test can run on any weekday. With
     * REFERRAL_COACH_TEST_CLOCK_SET_AT (also for tests only), it read that instant when the system clock read this
     * one, not when the process started: processes started one after another agree to the millisecond. With
     * REFERRAL_COACH_TEST_CLOCK_MOVED (tests only too), it is moved on by the ISO duration that file holds, read
     * again as the test changes it.
     */
    java.time.Clock clock(java.time.Clock system) {
        Optional<String> start = get("REFERRAL_COACH_TEST_CLOCK");
        if (start.isEmpty()) {
            return system;
        }
        java.time.Instant reads = instant("REFERRAL_COACH_TEST_CLOCK", start.get());
        java.time.Instant when = get("REFERRAL_COACH_TEST_CLOCK_SET_AT")
                .map(at -> instant("REFERRAL_COACH_TEST_CLOCK_SET_AT", at)).orElseGet(system::instant);
        java.time.Clock set = java.time.Clock.offset(system, java.time.Duration.between(when, reads));
        return get("REFERRAL_COACH_TEST_CLOCK_MOVED").<java.time.Clock>map(file -> new MovedTestClock(set,
                Path.of(file))).orElse(set);
    }

    private static java.time.Instant instant(String name, String value) {
        try {
            return java.time.Instant.parse(value);
        } catch (DateTimeException e) {
            throw new ReferralCoachException(name + "=" + value + " is not an instant; use one such as"
                    + " 2026-12-05T10:00:00Z", e);
        }
    }

    ZoneId defaultZone() {
        Optional<String> zone = get("REFERRAL_COACH_TZ");
        if (zone.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone.get());
        } catch (DateTimeException e) {
            throw new ReferralCoachException("REFERRAL_COACH_TZ=" + zone.get()
                    + " is not a time zone; use an IANA id such as Europe/Berlin", e);
        }
    }

    private static void readDefaults(Map<String, String> into) {
        Properties properties = new Properties();
        try (InputStream bundled = Settings.class.getClassLoader().getResourceAsStream(FILE)) {
            if (bundled != null) {
                properties.load(new java.io.InputStreamReader(bundled, StandardCharsets.UTF_8));
            }
            Path local = Path.of("config", FILE);
            if (Files.isRegularFile(local)) {
                try (Reader reader = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new ReferralCoachException("could not read " + FILE, e);
        }
        properties.stringPropertyNames().forEach(name -> into.put(name, properties.getProperty(name)));
    }
}
