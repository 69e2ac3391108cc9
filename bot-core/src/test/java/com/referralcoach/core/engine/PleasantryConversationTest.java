package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Greetings, thanks and "ok" alone get a friendly line and save nothing; "ok" still answers the bot's question. */
@ExtendWith(EmbeddedMongo.class)
class PleasantryConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private MongoDatabase db;
    private BotEngine engine;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase database) {
        db = database;
        engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        rita = Chat.of(engine, "T1", "U1");
        rita.say("tz Europe/Berlin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"good morning!", "hello coach", "hi", "hey there"})
    void aGreetingIsGreetedBackWithWhatToSay(String text) {
        assertThat(rita.read(text)).startsWith("Hi!").contains("Nothing saved").contains("met Jane Doe at Acme")
                .contains("\"help\"").doesNotContain("Sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thank you!", "thanks!", "thx coach"})
    void thanksAreWelcomed(String text) {
        assertThat(rita.read(text)).startsWith("You're welcome!").contains("Nothing saved")
                .contains("ask for a referral").doesNotContain("Sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "cool", "lol ok", "👍"})
    void anAcknowledgementSavesNothing(String text) {
        assertThat(rita.read(text)).contains("Nothing saved").doesNotContain("Sorry");
        assertThat(db.getCollection("changes").countDocuments()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "👍"})
    void anOkStillAnswersTheBotsQuestion(String text) {
        Unsure unsure = new Unsure(new LogMeeting(PersonRef.of("Joe Marx", "Talon"), Optional.of("pricing"),
                Optional.empty(), clock.instant()), "meeting with Joe Marx (Talon) about pricing");
        engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId("U1"), "Rita Rep",
                "met the COO of Talon, Joe Marx, re pricing"), unsure);

        assertThat(rita.read(text)).startsWith("Saved: meeting with Joe Marx (Talon) about pricing.");
        assertThat(db.getCollection("meetings").countDocuments(new Document("ws", "T1"))).isEqualTo(1);
    }

    @Test
    void thankingSomeoneIsStillRecorded() {
        rita.say("Jane Doe referred Tom Lee at Globex");

        assertThat(rita.read("thanked Jane Doe")).doesNotContain("You're welcome");
        assertThat(rita.read("sent Jane Doe thanks")).doesNotContain("You're welcome");
    }
}
