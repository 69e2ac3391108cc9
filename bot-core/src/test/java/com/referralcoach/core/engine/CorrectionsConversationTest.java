package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Correcting a won amount, a person's details and a name, through the engine on the embedded store, and undoing it. */
@ExtendWith(EmbeddedMongo.class)
class CorrectionsConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private static final Instant START = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant();
    private final TestClock clock = new TestClock(START);
    private MongoDatabase db;
    private CoachStore store;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase database) {
        db = database;
        store = MongoCoachStore.open(db, clock);
        rita = Chat.of(new BotEngine(store, new ChatParser(), clock, BERLIN), "T1", "U1");
    }

    @Test
    void theSameLeadWonAgainOnTheSameDayCorrectsTheAmountAndTheTallies() {
        rita.say("Jane Doe referred Ken Adams at Globex");
        rita.say("Ken Adams won $8k");
        clock.advance(Duration.ofHours(2));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("Ken Adams won $9k")).startsWith("Corrected: Ken Adams's win is $9,000, not $8,000.")
                .contains("not a second deal (Ken Adams's lead was already won today)", "undo");

        assertThat(wins(ActivityKind.LEAD_WON)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(t.amounts()).extracting(m -> m.amount().toPlainString()).containsExactly("9000");
        });
        assertThat(wins(ActivityKind.WON_FROM_REFERRAL)).singleElement()
                .satisfies(t -> assertThat(t.amounts()).extracting(m -> m.amount().toPlainString())
                        .containsExactly("9000"));
        assertThat(rita.read("undo")).isEqualTo("Undone: the correction of Ken Adams's win (back to $8,000).");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
    }

    @Test
    void aWinOnAnotherDayIsNoCorrectionUnlessTheRepSaysSo() {
        rita.say("Jane Doe referred Ken Adams at Globex");
        rita.say("Ken Adams won $8k");
        clock.advance(Duration.ofDays(1));

        assertThat(rita.read("Ken Adams won $9k")).contains("already closed").contains("Nothing changed");
        assertThat(rita.read("actually Ken Adams won $9k")).startsWith("Corrected: Ken Adams's win is $9,000")
                .contains("you said it corrects the amount");
        assertThat(wins(ActivityKind.LEAD_WON)).singleElement().satisfies(t -> assertThat(t.amounts())
                .extracting(m -> m.amount().toPlainString()).containsExactly("9000"));
        assertThat(rita.read("Ken Adams won $9k, not $8k")).contains("already $9,000. Nothing changed");
    }

    @Test
    void aCorrectionOfSomeoneNeverWonSavesNothing() {
        rita.say("Jane Doe referred Ken Adams at Globex");
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("actually Ken Adams won $9k")).contains("no won deal of yours to correct");
        assertThat(rita.read("actually Zed Quinn won $9k")).contains("I don't know anyone called Zed Quinn");
        assertThat(StoreScan.of(db)).isEqualTo(before);
    }

    @Test
    void aNewCompanyIsSavedAndIsAMomentToAskWhoElseIsInASimilarSituation() {
        rita.say("met Jane Doe at Acme about pricing");
        clock.advance(Duration.ofDays(7));
        rita.say("met Jane Doe about the rollout");
        clock.advance(Duration.ofHours(3));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        String updated = rita.read("Jane Doe works at Globex now");

        assertThat(updated).startsWith("Updated Jane Doe: company Globex (was Acme).")
                .contains("similar situation", "[Asked] asked Jane Doe");
        assertThat(rita.read("contact Jane Doe")).contains("Globex").doesNotContain("Acme");
        assertThat(rita.read("undo")).startsWith("Undone: the change to Jane Doe");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
    }

    @Test
    void anOpenProblemHoldsTheAskAfterAnEmailOrPhoneChange() {
        rita.say("met Jane Doe at Acme about pricing");
        clock.advance(Duration.ofDays(7));
        rita.say("met Jane Doe about the rollout");
        rita.say("problem Acme: invoice sent twice");

        String email = rita.read("Jane Doe's email is jane@globex.com");
        assertThat(email).startsWith("Updated Jane Doe: email jane@globex.com.").contains("No ask for Jane Doe")
                .doesNotContain("[Asked]");
        assertThat(rita.read("Jane Doe's phone is +1 555 0100")).startsWith("Updated Jane Doe: phone +1 555 0100.");
        assertThat(rita.read("Jane Doe's email is jane@globex.com")).contains("Nothing changed");
    }

    @Test
    void detailsOfSomeoneUnknownSaveNothing() {
        rita.say("met Jane Doe at Acme");
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("Zed Quinn works at Globex now")).contains("I don't know anyone called Zed Quinn");
        assertThat(StoreScan.of(db)).isEqualTo(before);
    }

    @Test
    void aRenamedPersonKeepsTheirHistoryAndANameTakenIsRefused() {
        rita.say("met Jon Doe at Acme about pricing");
        rita.say("met John Smith at Kite");

        assertThat(rita.read("rename Jon Doe to John Doe")).startsWith("Renamed Jon Doe to John Doe");
        assertThat(rita.read("contact John Doe")).contains("pricing");
        assertThat(rita.read("contact Jon Doe")).doesNotContain("pricing");

        Map<String, List<Document>> before = StoreScan.of(db);
        assertThat(rita.read("rename John Doe to John Smith")).contains("I already know a John Smith (Kite)")
                .contains("Nothing changed");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("undo")).isEqualTo("Undone: the renaming of Jon Doe to John Doe.");
        assertThat(rita.read("contact Jon Doe")).contains("pricing");
    }

    @Test
    void aMeetingsTopicAndEndAreCorrectedAndItsWaitingAskMovesWithTheEnd() {
        rita.say("meeting with Jane Doe (Acme) today 2-3pm about the rollout");
        assertThat(rita.read("reminders")).contains("3:00 PM");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("the meeting with Jane Doe today ended at 4pm")).isEqualTo("Corrected the meeting with"
                + " Jane Doe (Acme) today: ends 4:00 PM (was 3:00 PM). Its ask reminder moved to today 4:00 PM."
                + " Wrong? Say \"undo\".");
        assertThat(rita.read("reminders")).contains("4:00 PM").doesNotContain("3:00 PM");
        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);

        assertThat(rita.read("the meeting with Jane Doe was about pricing")).contains("about pricing (was the"
                + " rollout)");
        assertThat(rita.read("contact Jane Doe")).contains("pricing").doesNotContain("rollout");
        assertThat(rita.read("the meeting with Jane Doe ended at 1pm")).contains("can't end at 1:00 PM")
                .contains("Nothing changed");
        assertThat(rita.read("the meeting with Jane Doe yesterday was about pricing")).contains("no meeting of yours");
    }

    @Test
    void aMeetingMovedToAnotherTimeTakesItsAskAndItsCountAlongAndUndoPutsThemBack() {
        rita.say("meeting with Jane Doe (Acme) today 2-3pm about the rollout");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);
        Instant three = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, BERLIN).toInstant();
        assertThat(meetingSlots()).containsExactly(three);

        assertThat(rita.read("the meeting with Jane Doe was actually at 4pm")).isEqualTo("Corrected the meeting with"
                + " Jane Doe (Acme) today: starts 4:00 PM (was 2:00 PM); ends 5:00 PM (was 3:00 PM). Its ask reminder"
                + " moved to today 5:00 PM. Wrong? Say \"undo\".");
        assertThat(rita.read("reminders")).contains("5:00 PM").doesNotContain("3:00 PM");
        assertThat(meetingSlots()).containsExactly(three.plus(Duration.ofHours(2)));

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
        assertThat(meetingSlots()).containsExactly(three);

        assertThat(rita.read("the meeting with Jane Doe started at 1:30pm")).contains("starts 1:30 PM (was 2:00 PM)")
                .doesNotContain("ends");
        assertThat(meetingSlots()).containsExactly(three);
        assertThat(rita.read("the meeting with Jane Doe started at 3:30pm")).contains("can't end at 3:00 PM")
                .contains("Nothing changed");
        assertThat(rita.read("the meeting with Jane Doe was at 25pm")).contains("There is no 25pm on a clock");
    }

    @Test
    void aMeetingMovedToYesterdayLeavesThisWeeksGoalAndUndoBringsItBack() {
        rita.say("goal 3 meetings per week");
        rita.say("met Jane Doe at Acme about pricing");
        clock.advance(Duration.ofMinutes(20));
        assertThat(rita.read("goals")).contains("1 of 3 meetings");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        // Monday's meeting moved to Sunday: last week's.
        assertThat(rita.read("the meeting with Jane Doe was yesterday")).startsWith("Corrected the meeting with"
                + " Jane Doe (Acme) today: moved to yesterday (was today).");
        assertThat(rita.read("goals")).contains("0 of 3 meetings");
        assertThat(rita.read("delete the meeting with Jane Doe yesterday")).startsWith("Delete the meeting with"
                + " Jane Doe (Acme) yesterday");
        rita.say("no");

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(rita.read("goals")).contains("1 of 3 meetings");
        // Undo leaves last week's tally document it created, with nothing counted in it.
        Map<String, List<Document>> undone = new java.util.HashMap<>(StoreScan.ignoringVersions(db));
        assertThat(undone.remove("tallies")).filteredOn(d -> d.containsKey("n")).isEqualTo(before.remove("tallies"));
        assertThat(undone).isEqualTo(before);
    }

    private List<Instant> meetingSlots() {
        return store.tallies().read(new WorkspaceId("T1"), List.of(new RepId("U1")), START.minus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(7))).stream().filter(t -> t.kind() == ActivityKind.MEETING_ENDED)
                .flatMap(t -> java.util.stream.LongStream.range(0, t.count()).mapToObj(i -> t.slot())).toList();
    }

    @Test
    void aRepeatBusinessAmountIsCorrectedWithTheTalliesAndUndoPutsItBack() {
        rita.say("met Ken Adams at Globex");
        rita.say("closed $2k repeat business with Tom Lee");
        clock.advance(Duration.ofMinutes(1));
        rita.say("closed $8k repeat business with Ken Adams");
        clock.advance(Duration.ofMinutes(20));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("actually closed $9k repeat business with Ken Adams")).startsWith("Corrected: your repeat"
                + " business with Ken Adams today is $9,000, not $8,000; goals and digests count the new amount.");
        assertThat(wins(ActivityKind.LEAD_WON)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.amounts()).extracting(m -> m.amount().toPlainString()).containsExactly("11000");
        });
        assertThat(wins(ActivityKind.WON_FROM_REFERRAL)).isEmpty();
        assertThat(rita.read("closed $9k repeat business with Ken Adams, not $8k")).contains("already $9,000",
                "Nothing changed");
        assertThat(rita.read("undo")).isEqualTo("Undone: the correction of your repeat business with Ken Adams (back"
                + " to $8,000).");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);

        assertThat(rita.read("sorry, closed $2.5k repeat business")).startsWith("Corrected: your repeat business"
                + " today is $2,500, not $8,000");
    }

    @Test
    void aCorrectionOfBusinessNeverRecordedSavesNothing() {
        rita.say("met Ken Adams at Globex");
        Map<String, List<Document>> before = StoreScan.of(db);
        assertThat(rita.read("actually closed $9k other business")).contains("no other business of yours to correct")
                .contains("Nothing changed");
        assertThat(StoreScan.of(db)).isEqualTo(before);
    }

    @Test
    void helpNamesTheCorrections() {
        assertThat(rita.read("help")).contains("corrections");
        assertThat(rita.read("help corrections")).contains("rename Jon Doe to John Doe", "delete lead Tom Lee");
    }

    private List<Tally> wins(ActivityKind kind) {
        return store.tallies().read(new WorkspaceId("T1"), List.of(new RepId("U1")), START.minus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(7))).stream().filter(t -> t.kind() == kind).toList();
    }
}
