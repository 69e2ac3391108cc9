package com.referralcoach.core.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The corpus of messages written the way reps type, one family a file, read from the test classpath. */
final class Corpus {
    /** The corpus clock: Saturday 5 December 2026, 10:00 in Berlin. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZONE);
    static final List<String> FAMILIES = List.of("meetings", "asks", "referrals", "leads", "care", "moments",
            "occasions", "touch", "views", "goals", "teams", "settings", "reminders", "month", "several", "traps",
            "imports", "data", "corrections", "coaching", "calendar");

    private Corpus() {
    }

    static List<CorpusLine> lines() {
        List<CorpusLine> lines = new ArrayList<>();
        for (String family : FAMILIES) {
            try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + family + ".tsv");
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                    String[] parts = line.split("\t", 2);
                    lines.add(new CorpusLine(family, parts[0], parts[1]));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
