package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Not a test: a harness run by hand. A CSV of N rows (default 10,000; a tenth with a birthday, a tenth with a
 * customer-since date) previewed and imported through the engine on the embedded store as the bot ships it, into a
 * workspace that knows 1,000 people already (a twentieth of the rows match them by email). Prints, per round, the
 * preview's and the import's time and the heap used after GC; a fresh store each round. Arguments: rows, rounds.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] file = csv(rows);
        System.out.printf("import benchmark: %,d rows (%,d bytes), %d rounds%n", rows, file.length, rounds);
        for (int round = 1; round <= rounds; round++) {
            Path directory = Files.createTempDirectory("import-bench");
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                CoachStore store = MongoCoachStore.open(client.getDatabase("bench"), Clock.systemUTC());
                ContactFiles files = new ContactFiles() {
                    @Override
                    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
                        return Optional.of(ContactFile.of(reference, file));
                    }

                    @Override
                    public String missing(String reference) {
                        return "missing " + reference;
                    }
                };
                BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), ZoneOffset.UTC,
                        DigestRequests.NONE, files, ImportProgress.NONE);
                WorkspaceId workspace = new WorkspaceId("bench");
                RepId rep = new RepId("rita");
                for (int known = 0; known < 1_000; known++) {
                    engine.handle(new IncomingMessage(workspace, rep, "Rita", "referral from Ann Lo: Known Person"
                            + known + " known" + known + "@example.com"));
                }
                long start = System.nanoTime();
                String preview = engine.handle(new IncomingMessage(workspace, rep, "Rita", "import bench.csv")).text();
                long previewed = System.nanoTime();
                String imported = engine.handle(new IncomingMessage(workspace, rep, "Rita", "yes")).text();
                long done = System.nanoTime();
                System.gc();
                long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                System.out.printf("round %d: preview %.2f s, import %.2f s, total %.2f s, heap after GC %d MB%n  %s%n"
                                + "  %s%n", round, (previewed - start) / 1e9, (done - previewed) / 1e9,
                        (done - start) / 1e9, heap / 1024 / 1024, preview, imported);
            } finally {
                try (var paths = Files.walk(directory)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("First Name,Last Name,Email,Phone,Company,Title,Birthday,Customer Since\n");
        for (int i = 0; i < rows; i++) {
            boolean known = i % 20 == 0 && i / 20 < 1_000;
            text.append(known ? "Known,Person" + i / 20 : "First" + i + ",Last" + i).append(',')
                    .append(known ? "known" + i / 20 : "person" + i).append("@example.com,+1 555 ")
                    .append(String.format("%04d", i % 10_000)).append(",Company ").append(i % 700).append(",Buyer,")
                    .append(i % 10 == 3 ? "1980-0" + (1 + i % 9) + "-1" + i % 10 : "").append(',')
                    .append(i % 10 == 7 ? "2019-06-0" + (1 + i % 9) : "").append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
