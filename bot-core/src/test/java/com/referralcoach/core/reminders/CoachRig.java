package com.referralcoach.core.reminders;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
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
import java.util.Optional;
import org.bson.Document;

/**
 * The whole reminder path for a test: the engine, the MongoDB store, the real Quartz scheduler running the
 * dispatcher every 20 ms on a test clock, and a platform that records what reaches the rep.
 */
final class CoachRig implements AutoCloseable {
    private static final Duration STEP = Duration.ofHours(12);
    /** How much of the schedule one dispatch pass walks at most (the store reads a day of reminder slots). */
    private static final Duration WALKED_PER_PASS = Duration.ofHours(24);

    final TestClock clock;
    final CoachStore store;
    final BotEngine engine;
    final RecordingPlatform platform;
    private final ReminderScheduler scheduler;
    private final ReminderDispatcher dispatcher;
    private final MongoDatabase db;

    CoachRig(MongoDatabase db, Instant start, ZoneId zone) {
        this.db = db;
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
     * Moves the clock to {@code when} in steps of half a day, as time passes for a real dispatcher, and returns once
     * the dispatcher has run a whole pass at that time. A step at which nothing is due is passed over: the dispatcher
     * would find nothing to do there, so it sees every step with something due, as it would step by step.
     */
    void at(Instant when) {
        while (clock.instant().plus(STEP).isBefore(when)) {
            Instant from = clock.instant();
            Instant next = from.plus(STEP);
            Instant due = firstDue().orElse(when);
            if (due.isAfter(next)) {
                next = next.plus(STEP.multipliedBy(Duration.between(next, due).dividedBy(STEP)));
                if (next.isBefore(due)) {
                    next = next.plus(STEP);
                }
                if (!next.isBefore(when)) {
                    break;
                }
            }
            clock.set(next);
            settle(Duration.between(from, next));
        }
        Instant from = clock.instant();
        clock.set(when);
        settle(Duration.between(from, when));
    }
    void after(Duration duration) {
        at(clock.instant().plus(duration));
    }

    /** Returns once a dispatch pass has started and finished after this call. */
    void settle() {
        settle(Duration.ZERO);
    }

    /**
     * Returns once the dispatcher has caught up with a clock moved on by {@code moved}: a pass walks at most a day
     * of the schedule, so a longer move takes a pass a day more.
     */
    private void settle(Duration moved) {
        long seen = dispatcher.completedPasses();
        long passes = 2 + moved.dividedBy(WALKED_PER_PASS);
        await().atMost(Duration.ofSeconds(10).plusSeconds(passes)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5)).until(() -> dispatcher.completedPasses() >= seen + passes);
    }

    /** When the first reminder waiting to go out falls due; one being delivered counts as due now. */
    private Optional<Instant> firstDue() {
        MongoCollection<Document> reminders = db.getCollection("reminders");
        if (reminders.countDocuments(Filters.eq("status", "CLAIMED")) > 0) {
            return Optional.of(clock.instant());
        }
        return Optional.ofNullable(reminders.find(Filters.eq("status", "PENDING")).sort(Sorts.ascending("dueAt"))
                .limit(1).first()).map(d -> d.getDate("dueAt").toInstant());
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
