package com.referralcoach.core.language.bench;

import com.referralcoach.core.language.ChatParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses the whole corpus many rounds and prints p50 and p99 over every parse, and over each message's median (which
 * a busy machine's pauses do not reach); not a test: run its main from the IDE or with the test classpath. Argument:
 * the corpus folder, default bot-core/src/test/resources/corpus.
 */
public final class ParseBenchmark {
    private static final int WARM_UP_ROUNDS = 20;
    private static final int ROUNDS = 50;

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bot-core/src/test/resources/corpus");
        List<String> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(line -> line.contains("\t"))
                        .map(line -> line.substring(0, line.indexOf('\t'))).forEach(messages::add);
            }
        }
        ChatParser parser = new ChatParser();
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            messages.forEach(message -> parser.parse(message, now));
        }
        long[] nanos = new long[messages.size() * ROUNDS];
        long[][] perMessage = new long[messages.size()][ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int m = 0; m < messages.size(); m++) {
                long start = System.nanoTime();
                parser.parse(messages.get(m), now);
                nanos[i++] = System.nanoTime() - start;
                perMessage[m][round] = nanos[i - 1];
            }
        }
        long[] medians = new long[messages.size()];
        for (int m = 0; m < medians.length; m++) {
            Arrays.sort(perMessage[m]);
            medians[m] = perMessage[m][ROUNDS / 2];
        }
        Arrays.sort(nanos);
        Arrays.sort(medians);
        System.out.printf("%d messages x %d rounds: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", messages.size(), ROUNDS,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
        System.out.printf("each message's median over the rounds: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                medians[medians.length / 2] / 1e6, medians[(int) (medians.length * 0.99)] / 1e6,
                medians[medians.length - 1] / 1e6);
    }
}
