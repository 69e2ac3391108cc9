package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.app.bench.HeapPeak;
import com.referralcoach.core.calendar.CalendarFeedReader;
import com.referralcoach.core.calendar.FeedFetch;
import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedWindow;
import com.referralcoach.core.calendar.IcsReader;
import com.referralcoach.core.calendar.IcsReading;
import com.referralcoach.core.calendar.http.FeedReadLimits;
import com.referralcoach.core.calendar.http.HttpCalendarFeedReader;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.CalendarReads;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.schedule.quartz.CalendarScheduler;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a harness run by hand (issue 21's benchmark). N feeds (default 1,000) of E VEVENTs each (default 500;
 * {@link CalendarBenchFeeds} says what is in them) served over HTTP on 127.0.0.1, one per rep, 50 reps a workspace,
 * on the embedded store as shipped, read by {@link CalendarReads#readDue} (what the Quartz job runs: claim under a
 * lease, conditional GET, parse, apply, save, notes) one full cycle at a time, C cycles (default 6). Every cycle
 * serves a new version of every feed (SEQUENCE and DTSTAMP bumped, one customer meeting moved), so none is a 304.
 * Prints per cycle: seconds, fetch seconds (HTTP, including generating the feed on the server), the parse time
 * estimated from parsing every tenth feed's bytes again outside the cycle, the rest (apply and store), occurrences
 * saved, meetings and reminders in the store, GC time, peak heap (sampled every 20 ms) and heap after System.gc().
 * Arguments: feeds, events, cycles.
 */
public final class CalendarReadBenchmark {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final int REPS_PER_WORKSPACE = 50;

    private CalendarReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int cycles = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        CalendarBenchFeeds generator = new CalendarBenchFeeds(T0, events, REPS_PER_WORKSPACE);
        AtomicInteger version = new AtomicInteger(1);
        HttpServer server = serve(generator, version);
        Path directory = Files.createTempDirectory("calendar-bench");
        System.out.printf("calendar read benchmark: %,d feeds of %d VEVENTs (%,d bytes each), %d cycles, -Xmx%d MB,"
                        + " %d cores%n", feeds, events, generator.feed(0, 1).length, cycles,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(directory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            TestClock clock = new TestClock(T0);
            CoachStore coach = MongoCoachStore.open(database, clock);
            CountingBook book = new CountingBook(MongoCoachStore.openCalendarBook(database));
            connect(coach, book, generator, feeds, server.getAddress().getPort());
            TimedReader reader = new TimedReader(new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(
                    Map.of(FeedReadLimits.ALLOW_LOCAL, "true"))));
            AtomicInteger said = new AtomicInteger();
            CalendarReads reads = CalendarReads.over(coach, book, reader, new Quiet(said), clock);
            List<Double> seconds = new ArrayList<>();
            List<Long> afterGc = new ArrayList<>();
            long meetingsBefore = 0;
            for (int cycle = 1; cycle <= cycles; cycle++) {
                version.set(cycle);
                if (cycle > 1) {
                    clock.advance(EVERY);
                }
                reader.reset();
                book.saved.set(0);
                said.set(0);
                long gcBefore = gcMillis();
                HeapPeak peak = HeapPeak.every(Duration.ofMillis(20));
                long start = System.nanoTime();
                int read = reads.readDue("bench", CalendarScheduler.LEASE, EVERY);
                double took = (System.nanoTime() - start) / 1e9;
                long peakBytes = peak.stop();
                long gc = gcMillis() - gcBefore;
                Parse parse = parse(generator, feeds, cycle, clock.instant());
                System.gc();
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                long heap = memory.getHeapMemoryUsage().getUsed();
                seconds.add(took);
                afterGc.add(heap);
                double fetch = reader.nanos.get() / 1e9;
                long meetings = database.getCollection(Collections.MEETINGS).countDocuments();
                System.out.printf("cycle %d: %.1f s for %d feeds (fetched %d, unchanged %d, failed %d); fetch %.1f s,"
                        + " parse ~%.1f s (%.1f ms a feed, %d occurrences), apply and store ~%.1f s; GC %.1f s;"
                        + " occurrences saved %,d, meetings logged %,d (%,d in all), reminders %,d, messages %d;"
                        + " heap peak %d MB, after GC %d MB%n", cycle, took, read, reader.fetched.get(),
                        reader.unchanged.get(), reader.failed.get(), fetch, parse.millisEach * feeds / 1000,
                        parse.millisEach, parse.occurrences, took - fetch - parse.millisEach * feeds / 1000,
                        gc / 1000.0,
                        book.saved.get(), meetings - meetingsBefore, meetings,
                        database.getCollection(Collections.REMINDERS).countDocuments(), said.get(), peakBytes >> 20,
                        heap >> 20);
                meetingsBefore = meetings;
            }
            List<Double> later = seconds.subList(1, seconds.size());
            System.out.printf("median cycle %.1f s (cycles 2-%d, each a changed feed); first cycle %.1f s; heap after"
                    + " GC %s MB%n", median(later), cycles, seconds.get(0),
                    afterGc.stream().map(b -> b >> 20).toList());
            if (cycles > 2) {
                long growth = afterGc.get(afterGc.size() - 1) - afterGc.get(1);
                System.out.printf("heap after GC from cycle 2 to %d: %+d MB (%+.1f MB a cycle); %s%n", cycles,
                        growth >> 20, (growth >> 20) / (double) (cycles - 2),
                        growth < 32L << 20 ? "no growth beyond 32 MB" : "GROWS: look for a leak");
            }
        } finally {
            server.stop(0);
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void connect(CoachStore coach, CalendarBook book, CalendarBenchFeeds generator, int feeds,
                                int port) {
        for (int i = 0; i < feeds; i++) {
            WorkspaceId workspace = new WorkspaceId("W" + i / REPS_PER_WORKSPACE);
            RepId rep = new RepId("U" + i % REPS_PER_WORKSPACE);
            if (i % REPS_PER_WORKSPACE == 0) {
                book.setTeamDomains(workspace, Set.of(CalendarBenchFeeds.teamDomain(i / REPS_PER_WORKSPACE)));
            }
            coach.reps().save(new Rep(workspace, rep, "Rep " + i, generator.zone(i), Optional.empty(), T0));
            book.connect(workspace, rep, FeedLink.parse("http://127.0.0.1:" + port + "/calendar/ical/secret" + i
                    + "/basic.ics").orElseThrow(), T0);
        }
    }

    private static HttpServer serve(CalendarBenchFeeds generator, AtomicInteger version) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "feed-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/calendar/ical/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int feed = Integer.parseInt(path.substring(path.indexOf("secret") + 6, path.lastIndexOf('/')));
            int v = version.get();
            String etag = "\"" + feed + "-" + v + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = generator.feed(feed, v);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=UTF-8");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private record Parse(double millisEach, int occurrences) {
    }

    /** Parses every tenth feed's current bytes again, outside the cycle: the median time a feed, occurrences in all. */
    private static Parse parse(CalendarBenchFeeds generator, int feeds, int version, Instant now) {
        IcsReader reader = new IcsReader();
        List<Double> millis = new ArrayList<>();
        int occurrences = 0;
        for (int i = 0; i < feeds; i += 10) {
            byte[] bytes = generator.feed(i, version);
            long start = System.nanoTime();
            IcsReading reading = reader.read(bytes, FeedWindow.startingAt(now), generator.zone(i));
            millis.add((System.nanoTime() - start) / 1e6);
            if (reading instanceof IcsReading.Parsed parsed) {
                occurrences += parsed.feed().occurrences().size();
            }
        }
        return new Parse(median(millis), occurrences * 10);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The HTTP reader, timed. */
    private static final class TimedReader implements CalendarFeedReader {
        private final CalendarFeedReader http;
        private final AtomicLong nanos = new AtomicLong();
        private final AtomicInteger fetched = new AtomicInteger();
        private final AtomicInteger unchanged = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        TimedReader(CalendarFeedReader http) {
            this.http = http;
        }

        void reset() {
            nanos.set(0);
            fetched.set(0);
            unchanged.set(0);
            failed.set(0);
        }

        @Override
        public FeedFetch fetch(com.referralcoach.core.calendar.FeedRequest request) {
            long start = System.nanoTime();
            FeedFetch fetch = http.fetch(request);
            nanos.addAndGet(System.nanoTime() - start);
            (fetch instanceof FeedFetch.Fetched ? fetched : fetch instanceof FeedFetch.Unchanged ? unchanged : failed)
                    .incrementAndGet();
            return fetch;
        }
    }

    /** Counts what the reads say to reps and drops it. */
    private record Quiet(AtomicInteger said) implements ChatPlatform {
        @Override
        public boolean serves(WorkspaceId workspace) {
            return true;
        }

        @Override
        public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
            said.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
    }
}
