package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class ConfirmConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String MESSAGE = "met the COO of Talon, Joe Marx, re pricing";
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

    /** What the parser returns when it is not sure, handed to the engine as a typed command. */
    private Reply unsure() {
        Unsure unsure = new Unsure(new LogMeeting(PersonRef.of("Joe Marx", "Talon"), Optional.of("pricing"),
                Optional.empty(), clock.instant()), "meeting with Joe Marx (Talon) about pricing");
        return engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId("U1"), "Rita Rep", MESSAGE), unsure);
    }

    private long meetings() {
        return db.getCollection("meetings").countDocuments(new Document("ws", "T1"));
    }

    @Test
    void anUnsureReadingIsAskedAboutAndSavedOnAYes() {
        Reply asked = unsure();

        assertThat(asked.text()).isEqualTo("Save: meeting with Joe Marx (Talon) about pricing? Yes / Change");
        assertThat(asked.actions()).containsExactly(SuggestedAction.send("Yes", "yes"),
                SuggestedAction.template("Change", MESSAGE));
        assertThat(meetings()).isZero();

        assertThat(rita.read("yep 👍")).startsWith("Saved: meeting with Joe Marx (Talon) about pricing.");
        assertThat(meetings()).isEqualTo(1);
        assertThat(rita.read("yes")).doesNotContain("Saved");
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void aNameTypedInLowerCaseIsNotAskedAboutWhenTheWorkspaceKnowsThatOnePerson() {
        rita.say("met Sarah O'Neil at Orbit");
        long before = meetings();

        assertThat(rita.read("met sarah again")).startsWith("Saved: meeting with Sarah O'Neil");
        assertThat(meetings()).isEqualTo(before + 1);
        assertThat(rita.read("contact sarah")).contains("Sarah O'Neil").doesNotContain("Save:");
        assertThat(rita.read("contact bob")).contains("I don't know anyone called Bob");
        assertThat(rita.read("met bob again")).startsWith("Save: meeting with Bob");
        assertThat(meetings()).isEqualTo(before + 1);
    }

    @Test
    void aNameTypedInLowerCaseIsStillAskedAboutWhenTwoPeopleHaveIt() {
        rita.say("met Sarah O'Neil at Orbit");
        rita.say("met Sarah Kim at Vela");
        long before = meetings();

        assertThat(rita.read("met sarah again")).startsWith("Save: meeting with Sarah");
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void theMessageRetypedAfterChangeIsNotToldItWasNotSaved() {
        unsure();

        assertThat(rita.read("met Joe Marx at Talon about pricing")).startsWith("Saved: meeting with Joe Marx (Talon)")
                .doesNotContain("Not saved");
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void theQuestionSurvivesARestart() {
        unsure();
        Chat afterRestart = Chat.of(new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN),
                "T1", "U1");

        assertThat(afterRestart.read("yes pls")).startsWith("Saved: meeting with Joe Marx (Talon)");
    }

    @Test
    void anythingElseIsANewMessageAndDropsTheQuestion() {
        unsure();

        assertThat(rita.read("pipeline")).startsWith("Not saved: meeting with Joe Marx (Talon) about pricing (it"
                + " waited for a yes). Send it again if you meant it.").contains("No open referred leads");
        assertThat(rita.read("yes")).doesNotContain("Joe Marx");
        assertThat(meetings()).isZero();
        assertThat(rita.read("pipeline")).doesNotContain("Not saved");
    }

    @Test
    void aQuestionLeftForOverAnHourIsDropped() {
        unsure();
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        rita.say("yes");
        assertThat(meetings()).isZero();
    }

    @Test
    void saysNotSavedToThatsWrongAndUndoesNothingEarlier() {
        rita.say("met Jane Doe at Acme");
        unsure();

        assertThat(rita.read("that's wrong")).isEqualTo("OK, not saved: meeting with Joe Marx (Talon) about pricing.");
        assertThat(meetings()).isEqualTo(1);
        assertThat(rita.read("Jane Doe")).startsWith("Jane Doe (Acme)");
    }

    @Test
    void aConfirmedReadingCanBeUndone() {
        unsure();
        rita.say("correct");

        assertThat(rita.read("undo")).startsWith("Undone: the new contact Joe Marx, the meeting with Joe Marx (Talon)");
        assertThat(meetings()).isZero();
    }
}
