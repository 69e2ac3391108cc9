package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Not a test: a harness run by hand. What an import asks the store before each batch of 500 rows
 * ({@code ContactImports.matching}: 500 emails and 500 name keys, half of them known) on the embedded store as
 * shipped, holding first 5,000 and then 50,000 contacts; prints the best of 10 lookups at each size. The same time at
 * both sizes says the lookups are answered from the store's equality indexes, not by scanning the book.
 */
public final class ImportLookupBenchmark {
    private ImportLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("lookup-bench");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory);
             MongoClient client = MongoClients.create(server.connectionString())) {
            CoachStore store = MongoCoachStore.open(client.getDatabase("bench"), Clock.systemUTC());
            WorkspaceId workspace = new WorkspaceId("bench");
            Rep rep = new Rep(workspace, new RepId("rita"), "Rita", ZoneOffset.UTC, Optional.empty(), Instant.now());
            int made = 0;
            for (int size : new int[] {5_000, 50_000}) {
                ImportId id = ImportId.random();
                store.imports().begin(ContactImport.started(rep, id, "bench.csv", Instant.now()));
                for (int batch = 0; made < size; batch++) {
                    List<Contact> some = new ArrayList<>();
                    for (int i = 0; i < 1_000 && made < size; i++, made++) {
                        some.add(new Contact(workspace, ContactId.random(), new PersonName(name(made)),
                                Optional.of("Acme"), Optional.of(mail(made)), Optional.empty(), Instant.now()));
                    }
                    store.imports().write(new ImportBatch(workspace, id, batch, some, List.of(), List.of(), List.of()));
                }
                Random random = new Random(1);
                long best = Long.MAX_VALUE;
                int found = 0;
                for (int round = 0; round < 10; round++) {
                    List<String> mails = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        int n = random.nextInt(size * 2);
                        mails.add(mail(n));
                        names.add(new PersonName(name(n)).key());
                    }
                    long start = System.nanoTime();
                    found = store.imports().matching(workspace, mails, names).size();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%,d contacts: one batch's lookup (500 emails, 500 names) best of 10: %.1f ms,"
                        + " %d found%n", size, best / 1e6, found);
            }
        } finally {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String name(int n) {
        return "First" + n + " Last" + n;
    }

    private static String mail(int n) {
        return "p" + n + "@example.com";
    }
}
