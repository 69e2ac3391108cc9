package com.referralcoach.core.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every corpus message parsed on a fixed clock. Understood: the expected reading (held for confirmation where the
 * line expects {@code unsure}). Safe: nothing saved unasked (an {@code Unsure}, whatever it holds, or not understood).
 * Misread: a command saved that is not the expected one; none is allowed, and at least 95% must be understood.
 */
class CorpusTest {
    private static final double BAR = 0.95;

    @Test
    void repsAreUnderstoodAndNeverMisread() {
        ChatParser parser = new ChatParser();
        Map<String, Map<CorpusLine.Verdict, Integer>> byFamily = new LinkedHashMap<>();
        List<String> misread = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int understood = 0;
        List<CorpusLine> lines = Corpus.lines();
        for (CorpusLine line : lines) {
            Command actual = parser.parse(line.message(), Corpus.NOW);
            CorpusLine.Verdict verdict = line.judge(actual, Corpus.ZONE);
            byFamily.computeIfAbsent(line.family(), f -> new EnumMap<>(CorpusLine.Verdict.class))
                    .merge(verdict, 1, Integer::sum);
            String report = line.family() + ": " + line.message() + "\n    expected " + line.expectation()
                    + "\n    got      " + actual;
            if (verdict == CorpusLine.Verdict.MISREAD) {
                misread.add(report);
            } else if (verdict == CorpusLine.Verdict.SAFE) {
                missed.add(report);
            } else {
                understood++;
            }
        }
        missed.forEach(report -> System.out.println("NOT UNDERSTOOD " + report));
        misread.forEach(report -> System.out.println("MISREAD " + report));
        byFamily.forEach((family, counts) -> System.out.printf("%-10s understood %3d/%3d  safe %2d  misread %2d%n",
                family, counts.getOrDefault(CorpusLine.Verdict.UNDERSTOOD, 0),
                counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.getOrDefault(CorpusLine.Verdict.SAFE, 0), counts.getOrDefault(CorpusLine.Verdict.MISREAD, 0)));
        double share = (double) understood / lines.size();
        System.out.printf("corpus: %d messages, %.1f%% understood, %d misread%n", lines.size(), share * 100,
                misread.size());
        assertTrue(lines.size() >= 500, "the corpus holds at least 500 messages");
        assertTrue(misread.isEmpty(), misread.size() + " messages misread:\n" + String.join("\n", misread));
        assertTrue(share >= BAR, String.format("%.1f%% understood, below %.0f%%", share * 100, BAR * 100));
    }
}
