package com.referralcoach.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.reminders.MeetingAsk;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Picking a numbered suggestion in the terminal, on a message with the asks of two customers of one meeting. */
@ExtendWith(EmbeddedMongo.class)
class ConsoleChatTest {
    @Test
    void pickingOneCustomersAskKeepsTheOtherCustomersChoicesOpen(MongoDatabase db) throws IOException {
        TestClock clock = new TestClock(Instant.parse("2026-03-03T14:00:00Z"));
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, ZoneOffset.UTC);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleChat chat = new ConsoleChat(engine, new BufferedReader(new StringReader("1\n")),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "rita", false);
        chat.announce(MeetingAsk.together(List.of(ask("Ann Lo (Vela)", "Ann", "Ann Lo"),
                ask("Bo Park (Park)", "Bo", "Bo Park"))));

        chat.run();

        String answer = printed.toString(StandardCharsets.UTF_8);
        answer = answer.substring(answer.lastIndexOf("Reply with:"));
        assertThat(answer).contains("\"asked Bo Park\"").contains("\"not now Bo Park\"")
                .doesNotContain("Ann Lo\"");
    }

    private static MeetingAsk ask(String person, String first, String name) {
        return new MeetingAsk("2026-03-03T13:00:00Z/2026-03-03T14:00:00Z", person, first, Optional.of("Kickoff"),
                new Reply("Ask " + first + " now.", List.of(), List.of(SuggestedAction.send("Asked", "asked " + name),
                        SuggestedAction.send("Not now", "not now " + name))));
    }
}
