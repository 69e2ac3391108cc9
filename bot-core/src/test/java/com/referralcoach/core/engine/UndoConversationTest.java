package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class UndoConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private MongoDatabase db;
    private Chat rita;
    private Chat sam;

    @BeforeEach
    void setUp(MongoDatabase database) {
        db = database;
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        rita = Chat.of(engine, "T1", "U1");
        sam = Chat.of(engine, "T1", "U2");
        rita.say("met Ann Lo at Vela about the pilot");
        sam.say("met Bo Park at Kite");
        clock.advance(Duration.ofMinutes(30));
    }

    @Test
    void aMeetingGoesBackWithTheContactRemindersAndCountsItMade() {
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("meeting with Jane Doe (Acme) tomorrow 2-3pm about renewal")).contains("Saved");
        assertThat(StoreScan.of(db)).isNotEqualTo(before);
        clock.advance(Duration.ofMinutes(14));

        assertThat(rita.read("undo")).isEqualTo(
                "Undone: the new contact Jane Doe, the meeting with Jane Doe (Acme) tomorrow, its check-in reminder,"
                        + " and its ask reminder.");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("reminders")).doesNotContain("Jane");
    }

    @Test
    void aReferralGoesBackWithBothNewPeopleAndItsReminders() {
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("Jane Doe referred Tom Lee at Globex")).contains("Saved");
        String undone = rita.read("that's wrong");

        assertThat(undone).startsWith("Undone: ").contains("the new contact Jane Doe", "the new contact Tom Lee",
                "the referral of Tom Lee (Globex) from Jane Doe", "reminder");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("pipeline")).doesNotContain("Tom Lee");
    }

    @Test
    void aWonDealGoesBackToTheOpenLeadWithItsRemindersBackOn() {
        rita.say("Jane Doe referred Tom Lee at Globex");
        clock.advance(Duration.ofMinutes(20));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("Tom Lee won $12k")).contains("won");
        assertThat(rita.read("oops undo that")).startsWith("Undone: ").contains("the move of Tom Lee to \"won\" ($12,000)");

        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
        assertThat(rita.read("pipeline")).contains("Tom Lee (Globex) · new");
    }

    @Test
    void eachUndoTakesBackTheChangeBeforeUntilNoneIsLeft() {
        Map<String, List<Document>> before = StoreScan.of(db);
        rita.say("met Jane Doe at Acme");
        clock.advance(Duration.ofMinutes(1));
        rita.say("met Ann Lo about the budget");
        clock.advance(Duration.ofMinutes(1));

        assertThat(rita.read("undo")).startsWith("Undone: the meeting with Ann Lo (Vela) today");
        assertThat(rita.read("undo")).startsWith("Undone: the new contact Jane Doe, the meeting with Jane Doe (Acme)");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("undo")).startsWith("There is nothing left to undo");
    }

    @Test
    void aChangeOlderThanFifteenMinutesStays() {
        rita.say("met Jane Doe at Acme");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(rita.read("undo")).startsWith("There is nothing left to undo");
        assertThat(rita.read("Jane Doe")).startsWith("Jane Doe (Acme)");
    }

    @Test
    void lookingAtThingsIsNoChangeAndAnotherRepsUndoIsTheirOwn() {
        Map<String, List<Document>> before = StoreScan.of(db);
        rita.say("met Jane Doe at Acme");
        rita.say("pipeline");
        rita.say("help");
        rita.say("Jane Doe");

        assertThat(sam.read("undo")).startsWith("There is nothing left to undo");
        assertThat(rita.read("undo")).startsWith("Undone: the new contact Jane Doe, the meeting with Jane Doe");
        assertThat(StoreScan.of(db)).isEqualTo(before);
    }
}
