package com.referralcoach.app;

import com.referralcoach.app.console.ConsoleChat;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one composition root: opens the store, builds the engine, runs the chats until they end. */
final class ReferralCoach {
    private static final Logger log = LoggerFactory.getLogger(ReferralCoach.class);

    private ReferralCoach() {
    }

    static int run(Settings settings, List<String> args) {
        StoreConnection connection;
        try {
            connection = StoreConnection.open(settings);
        } catch (RuntimeException e) {
            log.error("Could not open the store", e);
            System.err.println("Referral Coach could not start: " + e.getMessage());
            return 2;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                connection.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "referral-coach-shutdown"));
        try {
            log.info("Store in use: {}", connection.description());
            CoachStore store = MongoCoachStore.open(connection.database());
            BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), settings.defaultZone());
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleChat(engine, in, out, System.getProperty("user.name", "me"), System.console() != null).run();
            return 0;
        } catch (Exception e) {
            log.error("Referral Coach stopped on an error", e);
            System.err.println("Referral Coach stopped: " + e.getMessage());
            return 1;
        } finally {
            shutdown.run();
        }
    }
}
