package com.referralcoach.core.reminders;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The whole reminder path for a test: the engine, the MongoDB store, the real Quartz scheduler running the
 * dispatcher every 20 ms on a test clock, and a platform that records what reaches the rep.
 */
final class CoachRig implements AutoCloseable {
    private static final Duration STEP = Duration.ofHours(12);

    final TestClock clock;
    final CoachStore store;
    final BotEngine engine;
    final RecordingPlatform platform;
    private final ReminderScheduler scheduler;
    private final ReminderDispatcher dispatcher;

    CoachRig(MongoDatabase db, Instant start, ZoneId zone) {
        clock = new TestClock(start);
        store = MongoCoachStore.open(db, clock);
        engine = new BotEngine(store, new ChatParser(), clock, zone);
        platform = new RecordingPlatform(clock);
        ReminderPlanner planner = new ReminderPlanner(store.reminders());
        dispatcher = new ReminderDispatcher(store.reminders(),
                ReminderComposer.over(store, planner, zone), platform, clock, DispatchSettings.defaults());
        scheduler = ReminderScheduler.start(dispatcher, Duration.ofMillis(10));
    }

    Reply say(String rep, String text) {
        return engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId(rep), rep, text));
    }

    /**
     * Moves the clock to {@code when} in steps of at most half a day, as time passes for a real dispatcher, and
     * returns once the dispatcher has run a whole pass at that time.
     */
    void at(Instant when) {
        while (clock.instant().plus(STEP).isBefore(when)) {
            clock.advance(STEP);
            settle();
        }
        clock.set(when);
        settle();
    }

    void after(Duration duration) {
        at(clock.instant().plus(duration));
    }

    /** Returns once a dispatch pass has started and finished after this call. */
    void settle() {
        long seen = dispatcher.completedPasses();
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> dispatcher.completedPasses() >= seen + 2);
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
