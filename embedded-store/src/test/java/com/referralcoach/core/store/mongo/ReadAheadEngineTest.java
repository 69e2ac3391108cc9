package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ReadAhead;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on the store the bot ships, with its read-ahead: a meeting with someone the rep knows costs four store
 * round trips, and a rep's day of messages gets the very replies it gets from a store that reads nothing ahead.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReadAheadEngineTest {
    private static final WorkspaceId ACME = new WorkspaceId("T-ACME");
    private static final RepId ANA = new RepId("U-ANA");
    /** A Tuesday afternoon; each message comes a minute after the one before. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-03T15:00:00Z"));

    private final List<String> commands = new ArrayList<>();
    private EmbeddedMongoServer server;
    private MongoClient client;

    @BeforeEach
    void start(@TempDir Path data) {
        server = EmbeddedMongoServer.start(data);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        synchronized (commands) {
                            commands.add(event.getCommandName() + " " + event.getCommand()
                                    .get(event.getCommandName()));
                        }
                    }
                }).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aMeetingWithSomeoneKnownCostsFourRoundTrips() {
        BotEngine engine = engine(MongoCoachStore.open(client.getDatabase("ahead"), clock));
        say(engine, "met Jane Doe at Acme about the Q3 rollout");
        say(engine, "asked Jane Doe - she'll think about it");
        commands.clear();

        String reply = say(engine, "met Jane Doe at Acme about pricing");

        assertThat(reply).startsWith("Saved: meeting with Jane Doe");
        // the rep's first message swept their old undo records; the next sweep is half an hour later
        assertThat(commands).as("store commands of one meeting").hasSizeLessThanOrEqualTo(4)
                .anyMatch(c -> c.startsWith("aggregate"));
    }

    @Test
    void aDayOfMessagesGetsTheRepliesOfAStoreReadingNothingAhead() {
        CoachStore reading = MongoCoachStore.open(client.getDatabase("ahead"), clock);
        CoachStore plain = withoutReadAhead(MongoCoachStore.open(client.getDatabase("plain"), clock));
        BotEngine ahead = engine(reading);
        BotEngine one = engine(plain);
        List<String> day = List.of(
                "met Jane Doe at Acme about the Q3 rollout",
                "met Jane Doe at Acme about the Q3 rollout",
                "problem Acme: invoice sent twice",
                "met Jane Doe at Acme about pricing",
                "asked Jane Doe - she'll think about it",
                "fixed Acme",
                "Jane Doe referred Tom Lee at Globex",
                "Tom Lee meeting booked",
                "met Tom Lee at Globex",
                "thanked Jane Doe",
                "Jane Doe not comfortable",
                "met Jane Doe",
                "meeting with Jane Doe (Acme) ends 5:30pm",
                "win Acme: cut their onboarding time in half",
                "met Jane Doe at Acme",
                "undo",
                "met John Doe at Initech",
                "contact Jane Doe",
                "pipeline",
                "who to ask",
                "met Jane Doe at Initech");
        for (String text : day) {
            // reminder codes come from random meeting ids, so they differ between the two stores
            assertThat(withoutCodes(say(ahead, text))).as(text).isEqualTo(withoutCodes(say(one, text)));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private String say(BotEngine engine, String text) {
        return engine.handle(new IncomingMessage(ACME, ANA, "Ana", text, Optional.of(ZoneId.of("UTC")))).text();
    }

    private static String withoutCodes(String reply) {
        return reply.replaceAll("#[A-Za-z0-9]+", "#code");
    }

    private BotEngine engine(CoachStore store) {
        return new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC);
    }

    private static CoachStore withoutReadAhead(CoachStore s) {
        return new CoachStore(s.reps(), s.contacts(), s.meetings(), s.asks(), s.referrals(), s.reminders(),
                s.relationships(), s.teams(), s.goals(), s.tallies(), s.digests(), s.questions(), s.changes(),
                s.imports(), s.records(), s.erasures(), s.merges(), s.business(), ReadAhead.NONE);
    }
}
