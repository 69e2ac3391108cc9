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

/** Deleting a meeting or a lead and merging two people, each after a yes, through the engine on the embedded store. */
@ExtendWith(EmbeddedMongo.class)
class DeletionsAndMergesConversationTest {
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
    void aDeletedLeadGoesWithItsRemindersAfterAYesAndUndoBringsItBack() {
        rita.say("met Tom Lee at Globex");
        clock.advance(Duration.ofMinutes(20));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);
        rita.say("Jane Doe referred Tom Lee at Globex");
        clock.advance(Duration.ofMinutes(20));
        Map<String, List<Document>> referred = StoreScan.ignoringVersions(db);

        assertThat(rita.read("delete lead Tom Lee")).startsWith("Delete your lead Tom Lee (Globex) (referred by"
                + " Jane Doe").contains("stays a contact", "[Yes] yes", "[No] no");
        assertThat(rita.read("no")).startsWith("OK, not saved");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(referred);

        rita.say("delete lead Tom Lee");
        assertThat(rita.read("yes")).startsWith("Deleted your lead Tom Lee (Globex) and ").contains("reminders");
        assertThat(rita.read("pipeline")).doesNotContain("Tom Lee");
        assertThat(rita.read("contact Tom Lee")).contains("Tom Lee");
        assertThat(rita.read("reminders")).contains("check in with Tom Lee").doesNotContain("Jane");
        Map<String, List<Document>> deleted = StoreScan.ignoringVersions(db);
        assertThat(deleted.getOrDefault("referrals", List.of())).isEmpty();
        assertThat(deleted.get("reminders")).filteredOn(r -> r.containsKey("referral")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("CANCELLED"));
        assertThat(deleted.get("meetings")).isEqualTo(before.get("meetings"));

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(referred);
        assertThat(rita.read("pipeline")).contains("Tom Lee");
    }

    @Test
    void deletingALeadOfSomeoneWhoIsNoLeadSavesNothingAndDeleteContactIsTheErasure() {
        rita.say("met Jane Doe at Acme");
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("delete lead Jane Doe")).contains("isn't one of your leads");
        assertThat(rita.read("delete lead Zed Quinn")).contains("I don't know anyone called Zed Quinn");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("delete contact Jane Doe")).startsWith("Forget Jane Doe (Acme) everywhere");
        assertThat(rita.read("yes")).startsWith("Forgotten: Jane Doe (Acme).");
        assertThat(rita.read("contact Jane Doe")).contains("I don't know anyone called Jane Doe");
    }

    @Test
    void twoRecordsOfOnePersonAreMergedWithTheirWholeHistoryAfterAYesAndUndoSplitsThemAgain() {
        rita.say("met Jane at Acme about pricing");
        rita.say("Jane referred Tom Lee at Globex");
        rita.say("met Jane Doe about the rollout");
        clock.advance(Duration.ofMinutes(20));
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("Jane and Jane Doe are the same person")).startsWith("Merge Jane (Acme) into Jane Doe?"
                + " Moving to Jane Doe: 1 meeting, 1 referral (as referrer or lead) and ").contains(
                "Jane (Acme) goes", "[Yes] yes");
        assertThat(rita.read("yes")).isEqualTo("Merged Jane (Acme) into Jane Doe. Wrong? Say \"undo\".");

        String merged = rita.read("contact Jane Doe");
        assertThat(merged).contains("Acme", "pricing", "rollout", "Tom Lee");
        assertThat(rita.read("contact Jane")).contains("Jane Doe");
        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
    }

    @Test
    void aMergeOfOnePersonWithThemselfOrSomeoneUnknownSavesNothing() {
        rita.say("met Jane Doe at Acme");
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(rita.read("merge Jane Doe into Jane Doe")).contains("one person already");
        assertThat(rita.read("Zed Quinn and Jane Doe are the same person")).contains("I don't know anyone called"
                + " Zed Quinn");
        assertThat(rita.read("Jane and Jane Doe are the same person")).contains("one person already");
        assertThat(StoreScan.of(db)).isEqualTo(before);
    }

    @Test
    void aDeletedMeetingGoesWithItsWaitingAskAfterAYesAndUndoBringsItBack() {
        rita.say("met Jane Doe at Acme about pricing");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);
        rita.say("meeting with Jane Doe today 2-3pm about the rollout");
        Map<String, List<Document>> planned = StoreScan.ignoringVersions(db);

        assertThat(rita.read("delete the meeting with Jane Doe today")).startsWith("Delete the meeting with"
                + " Jane Doe (Acme) today about the rollout?").contains("[Yes] yes");
        assertThat(rita.read("yes")).isEqualTo("Deleted the meeting with Jane Doe (Acme) today about the rollout and"
                + " its ask reminder. Wrong? Say \"undo\".");
        assertThat(rita.read("contact Jane Doe")).contains("pricing").doesNotContain("rollout");
        assertThat(rita.read("reminders")).doesNotContain("3:00 PM");
        assertThat(StoreScan.ignoringVersions(db).get("meetings")).isEqualTo(before.get("meetings"));

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(planned);
        assertThat(rita.read("delete the meeting with Jane Doe yesterday")).contains("no meeting of yours");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(planned);
    }

    @Test
    void aDeletedMeetingLeavesTheGoalsAndUndoCountsItAgain() {
        rita.say("goal 3 meetings per week");
        rita.say("met Jane Doe at Acme about pricing");
        rita.say("met Tom Lee at Globex");
        clock.advance(Duration.ofMinutes(20));
        assertThat(rita.read("goals")).contains("2 of 3 meetings");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("delete the meeting with Jane Doe today")).contains("goals and digests stop counting it");
        rita.say("yes");
        assertThat(rita.read("goals")).contains("1 of 3 meetings");
        assertThat(counts(ActivityKind.MEETING_ENDED)).isEqualTo(1);

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(rita.read("goals")).contains("2 of 3 meetings");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
    }

    @Test
    void aDeletedLeadTakesItsReceivedContactedAndWonCountsAndAmountWithItAndUndoBringsThemBack() {
        rita.say("goal 2 referrals per week");
        rita.say("Jane Doe referred Tom Lee at Globex");
        clock.advance(Duration.ofMinutes(20));
        rita.say("contacted Tom Lee");
        clock.advance(Duration.ofMinutes(20));
        rita.say("Tom Lee won $8k");
        rita.say("Jane Doe referred Ken Adams at Kite");
        clock.advance(Duration.ofMinutes(20));
        assertThat(counts(ActivityKind.REFERRAL_RECEIVED)).isEqualTo(2);
        assertThat(counts(ActivityKind.LEAD_CONTACTED_IN_TIME)).isEqualTo(1);
        assertThat(counts(ActivityKind.LEAD_WON)).isEqualTo(1);
        assertThat(rita.read("goals")).contains("2 of 2 referrals");
        Map<String, List<Document>> before = StoreScan.ignoringVersions(db);

        assertThat(rita.read("delete lead Tom Lee")).contains("goals and digests stop counting it");
        rita.say("yes");
        assertThat(rita.read("goals")).contains("1 of 2 referrals");
        assertThat(counts(ActivityKind.REFERRAL_RECEIVED)).isEqualTo(1);
        assertThat(counts(ActivityKind.LEAD_CONTACTED_IN_TIME)).isZero();
        assertThat(counts(ActivityKind.LEAD_WON)).isZero();
        assertThat(counts(ActivityKind.WON_FROM_REFERRAL)).isZero();

        assertThat(rita.read("undo")).startsWith("Undone: ");
        assertThat(StoreScan.ignoringVersions(db)).isEqualTo(before);
        assertThat(tallies(ActivityKind.LEAD_WON)).singleElement().satisfies(t -> assertThat(t.amounts())
                .extracting(m -> m.amount().toPlainString()).containsExactly("8000"));
    }

    private long counts(ActivityKind kind) {
        return tallies(kind).stream().mapToLong(Tally::count).sum();
    }

    private List<Tally> tallies(ActivityKind kind) {
        return store.tallies().read(new WorkspaceId("T1"), List.of(new RepId("U1")), START.minus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(7))).stream().filter(t -> t.kind() == kind).toList();
    }
}
