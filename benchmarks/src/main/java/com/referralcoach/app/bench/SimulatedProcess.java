package com.referralcoach.app.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * One bot process of the simulation as the composition root builds it, minus the chat adapters: its own client
 * (connection pool) to the shared store, its own engine, its own reminder dispatcher under its own Quartz
 * scheduler with its own lease owner, and its own digest desk. Several of them share one store.
 */
final class SimulatedProcess implements AutoCloseable {
    private final MongoClient client;
    private final BotEngine engine;
    private final DigestDesk digests;
    private final ReminderScheduler reminders;

    SimulatedProcess(String connectionString, Clock clock, Deliveries deliveries, Duration dispatchEvery) {
        this.client = MongoClients.create(connectionString);
        CoachStore store = MongoCoachStore.open(client.getDatabase("referral-coach"), clock);
        this.engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC);
        ReminderPlanner planner = new ReminderPlanner(store.reminders());
        ReminderDispatcher dispatcher = new ReminderDispatcher(store.reminders(),
                deliveries.counting(ReminderComposer.over(store, planner, ZoneOffset.UTC)), deliveries, clock,
                DispatchSettings.defaults());
        this.reminders = ReminderScheduler.start(dispatcher, dispatchEvery);
        this.digests = DigestDesk.over(store, deliveries, clock);
    }

    BotEngine engine() {
        return engine;
    }

    DigestDesk digests() {
        return digests;
    }

    @Override
    public void close() {
        reminders.close();
        client.close();
    }
}
