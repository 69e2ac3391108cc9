package com.referralcoach.core.engine;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Rita's connected calendar through the real path: the engine with its calendar desk, the calendar read, and the
 * reminder dispatcher under Quartz (every 10 ms) on a test clock, sending to a recording platform. Tuesday 3 March
 * 2026, UTC ({@link CalendarImportTest#T0}).
 */
final class CalendarDispatchRig implements AutoCloseable {
    static final WorkspaceId WS = CalendarImportTest.WS;
    static final RepId RITA = CalendarImportTest.RITA;

    final TestClock clock = new TestClock(CalendarImportTest.T0);
    final CoachStore store;
    final CalendarBook book;
    final CalendarIcs ics = new CalendarIcs();
    final RecordingPlatform platform = new RecordingPlatform(clock);
    private final BotEngine engine;
    private final ReminderDispatcher dispatcher;
    private final ReminderScheduler scheduler;

    CalendarDispatchRig(MongoDatabase database) {
        store = MongoCoachStore.open(database, clock);
        book = MongoCoachStore.openCalendarBook(database);
        engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC, DigestRequests.NONE, ContactFiles.NONE,
                ImportProgress.NONE, ExportFiles.NONE, book, ics);
        store.reps().save(new Rep(WS, RITA, "Rita Rep", ZoneOffset.UTC, Optional.empty(), clock.instant()));
        book.connect(WS, RITA, CalendarImportTest.LINK, clock.instant());
        dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store, book,
                new ReminderPlanner(store.reminders()), ZoneOffset.UTC), platform, clock, DispatchSettings.defaults());
        scheduler = ReminderScheduler.start(dispatcher, Duration.ofMillis(10));
    }

    /** One read of every due feed, as the Quartz job runs it. */
    void read() {
        CalendarReads.over(store, book, ics, platform, clock).readDue("test", Duration.ofMinutes(5),
                CalendarImportTest.EVERY);
    }

    /** Rita says {@code text}; the bot's answer. */
    String say(String text) {
        return engine.handle(new IncomingMessage(WS, RITA, "Rita Rep", text)).text();
    }

    /** Sets the clock and returns once the dispatcher has run a whole pass at that time. */
    void runAt(Instant when) {
        clock.set(when);
        long seen = dispatcher.completedPasses();
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> dispatcher.completedPasses() >= seen + 2);
    }

    /** The statuses of the reminders {@code kind} ("ask", "prep") of Rita's meetings about {@code topic}. */
    List<ReminderStatus> remindersOf(String kind, String topic) {
        return store.meetings().ofRep(WS, RITA).stream().filter(m -> m.topic().equals(Optional.of(topic)))
                .map(Meeting::id).map(id -> store.reminders().find(WS, ReminderId.of(WS + "/" + kind + ":" + id)))
                .flatMap(Optional::stream).map(Reminder::status).toList();
    }

    /** That time on the rig's day. */
    static Instant at(int hour, int minute) {
        return CalendarImportTest.T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
