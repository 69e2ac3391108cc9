package com.referralcoach.app;

import com.referralcoach.app.console.ConsoleChat;
import com.referralcoach.app.console.ConsolePlatform;
import com.referralcoach.app.console.ConsoleProgress;
import com.referralcoach.app.console.DataDirectoryExports;
import com.referralcoach.app.console.WorkingDirectoryFiles;
import com.referralcoach.core.calendar.http.FeedReadLimits;
import com.referralcoach.core.calendar.http.HttpCalendarFeedReader;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.engine.CalendarReads;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.schedule.quartz.CalendarScheduler;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.ImportRecovery;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.ChatPlatforms;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.DigestScheduler;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import com.referralcoach.core.port.ChatPlatform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one composition root: opens the store, builds the engine and the reminders, runs the chats until they end. */
final class ReferralCoach {
    private static final Logger log = LoggerFactory.getLogger(ReferralCoach.class);

    /**
     * On a store other processes share, how old a waiting message must be before a process that did not keep it
     * answers it (at its start, and every minute after): any live process answers its own well within it.
     */
    private static final java.time.Duration LEFT_OVER_AGE = java.time.Duration.ofMinutes(2);

    private ReferralCoach() {
    }

    static int run(Settings settings, List<String> args) {
        Deque<AutoCloseable> open = new ArrayDeque<>();
        // Released by the shutdown hook, so a process serving only chat platforms runs until it is told to stop.
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            closeAll(open);
        }, "referral-coach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            settings.check();
            java.util.OptionalInt adminPort = settings.adminPort();
            CoachMetrics metrics = new CoachMetrics();
            open.push(metrics);
            // The operator's port opens first, so a port in use stops the start before anything connects.
            java.util.concurrent.atomic.AtomicReference<com.mongodb.client.MongoDatabase> storeOnceOpen =
                    new java.util.concurrent.atomic.AtomicReference<>();
            PlatformChecks platformChecks = new PlatformChecks();
            if (adminPort.isPresent()) {
                open.push(AdminServer.start(adminPort.getAsInt(),
                        () -> java.util.Optional.ofNullable(storeOnceOpen.get()), platformChecks, metrics));
            }
            StoreConnection connection = StoreConnection.open(settings, List.of(metrics.storeCommands()));
            open.push(connection);
            storeOnceOpen.set(connection.database());
            log.info("Store in use: {}", connection.description());
            Clock clock = settings.clock(Clock.systemUTC());
            if (settings.get("REFERRAL_COACH_TEST_CLOCK").isPresent()) {
                log.warn("REFERRAL_COACH_TEST_CLOCK is set: the bot's clock reads {}; this setting is for tests only",
                        clock.instant());
            }
            CoachStore store = MongoCoachStore.open(connection.database(), clock);
            // Imports a stopped process left half done go before anyone reads them; their reps hear it once.
            new ImportRecovery(store, clock).takeBackInterrupted(connection.shared()
                    ? ImportRecovery.SHARED_STORE_GRACE : java.time.Duration.ZERO);
            CalendarBook calendars = MongoCoachStore.openCalendarBook(connection.database());
            HttpCalendarFeedReader feedReader = new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(
                    Map.of(FeedReadLimits.ALLOW_LOCAL, settings.get(FeedReadLimits.ALLOW_LOCAL).orElse(""))));
            LateDigestRequests digestRequests = new LateDigestRequests();
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            // The terminal's files; Slack and Discord join their own as they start.
            FileRoutes files = new FileRoutes(
                    new WorkingDirectoryFiles(Path.of(""), Path.of(System.getProperty("user.home", ""))),
                    new ConsoleProgress(out), new DataDirectoryExports(settings.dataDir()));
            BotEngine engine = new BotEngine(store, new ChatParser(), clock, settings.defaultZone(), digestRequests,
                    files, files, files, calendars, feedReader);
            engine.observe(metrics);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            ConsoleChat console = new ConsoleChat(engine, in, out, System.getProperty("user.name", "me"),
                    System.console() != null);
            List<ChatPlatform> started = new ArrayList<>(Platforms.start(settings, engine,
                    connection.shared() ? MongoCoachStore.openSharedInbox(connection.database(), clock, LEFT_OVER_AGE)
                            : MongoCoachStore.openInbox(connection.database()),
                    MongoCoachStore.openMemberHomes(connection.database()),
                    MongoCoachStore.openActionTexts(connection.database()),
                    MongoCoachStore.openInstallations(connection.database()),
                    MongoCoachStore.openEventLedger(connection.database()), files, clock, open, platformChecks));
            boolean terminal = started.isEmpty() || args.contains("--console");
            if (terminal) {
                started.add(new ConsolePlatform(console, settings.dataDir()));
            }
            ReminderPlanner planner = new ReminderPlanner(store.reminders());
            ReminderDispatcher dispatcher = new ReminderDispatcher(store.reminders(),
                    ReminderComposer.over(store, calendars, planner, settings.defaultZone()),
                    new ChatPlatforms(started), clock,
                    DispatchSettings.defaults().withLease(settings.reminderLease()));
            dispatcher.observe(metrics);
            open.push(ReminderScheduler.start(dispatcher, settings.dispatchInterval()));
            DigestScheduler digests = DigestScheduler.start(store.teams(), store.digests(),
                    DigestDesk.over(store, new ChatPlatforms(started), clock), settings.digestSync());
            open.push(digests);
            digestRequests.connect(digests);
            open.push(CalendarScheduler.start(CalendarReads.over(store, calendars, feedReader,
                    new ChatPlatforms(started), clock), settings.calendarEvery()));
            if (terminal) {
                console.run();
            } else {
                log.info("Referral Coach is running; stop it with SIGTERM (Ctrl-C)");
                stopped.await();
            }
            return 0;
        } catch (Exception e) {
            log.error("Referral Coach stopped on an error", e);
            System.err.println("Referral Coach stopped: " + e.getMessage());
            return 1;
        } finally {
            closeAll(open);
        }
    }

    /** Closes what was opened, newest first (the scheduler waits for its sends, then the store closes). */
    private static void closeAll(Deque<AutoCloseable> open) {
        synchronized (open) {
            while (!open.isEmpty()) {
                AutoCloseable next = open.pop();
                try {
                    next.close();
                } catch (Exception e) {
                    log.warn("Could not close {} cleanly", next, e);
                }
            }
        }
    }
}
