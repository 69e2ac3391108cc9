package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class BotEngineTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private BotEngine engine;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        rita = Chat.of(engine, "T1", "U1");
    }

    @Test
    void aMeetingThatIsOverBringsASpecificAskAtOnce() {
        Reply reply = rita.say("met Jane Doe at Acme about the Q3 rollout");

        assertThat(reply.text()).contains("Saved: meeting with Jane Doe (Acme) about the Q3 rollout")
                .contains("Ask Jane").contains("something like your Q3 rollout");
        assertThat(reply.actions()).extracting(SuggestedAction::message)
                .contains("asked Jane Doe", "not now Jane Doe");
    }

    @Test
    void aMeetingWithTwoPeopleIsLoggedForEachWithAnAskForEach() {
        Reply reply = rita.say("met Ann Lo and Bo Park at Vela about pricing");

        assertThat(reply.text()).contains("Saved: meeting with Ann Lo (Vela) about pricing")
                .contains("Saved: meeting with Bo Park (Vela) about pricing");
        assertThat(reply.actions()).extracting(SuggestedAction::message).contains("asked Ann Lo", "asked Bo Park");
        assertThat(rita.read("contact Bo Park")).contains("Meetings: 1");
    }

    @Test
    void aMeetingThatDidNotHappenIsNotLoggedAndBringsNoAsk() {
        Reply reply = rita.say("Jane Doe cancelled our meeting");

        assertThat(reply.text()).contains("Not saved").contains("didn't happen").doesNotContain("Ask Jane");
        assertThat(reply.actions()).extracting(SuggestedAction::message).doesNotContain("asked Jane Doe");
        assertThat(rita.say("contact Jane Doe").text()).doesNotContain("Meetings: 1");
    }

    @Test
    void twoRepsNamingANewPersonAtTheSameMomentMakeOneContact() throws Exception {
        Chat sam = Chat.of(engine, "T1", "U2");
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                together.await();
                return rita.say("met Nia Oduya at Vela");
            });
            var second = pool.submit(() -> {
                together.await();
                return sam.say("met Nia Oduya at Vela");
            });
            assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).text()).contains("Saved: meeting with Nia");
            assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS).text()).contains("Saved: meeting with Nia");
        } finally {
            pool.shutdownNow();
        }

        assertThat(rita.say("met Nia Oduya again").text()).contains("Saved: meeting with Nia Oduya")
                .doesNotContain("Which");
        assertThat(sam.say("contact Nia Oduya").text()).doesNotContain("Which");
    }

    @Test
    void aGoalSetByARepWhoJoinedMidWeekSaysWhyThisWeeksTargetIsLower() {
        clock.advance(Duration.ofDays(2)); // Wednesday: rita's first message, so she joins now
        rita.say("goal 4 asks per week");

        assertThat(rita.read("goals")).contains("0 of 3 asks (week of Nov 23-29; 4 prorated, joined mid-week)");
        clock.advance(Duration.ofDays(7));
        assertThat(rita.read("goals")).contains("0 of 4 asks (week of Nov 30-Dec 6)");
    }

    @Test
    void aLeadMoveStandsWhenTidyingItsRemindersFails(MongoDatabase db) {
        CoachStore real = MongoCoachStore.open(db, clock);
        ReminderQueue failingCancels = (ReminderQueue) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReminderQueue.class}, (proxy, method, args) -> {
                    if (method.getName().equals("cancelPending")) {
                        throw new IllegalStateException("the store is away");
                    }
                    try {
                        return method.invoke(real.reminders(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CoachStore store = new CoachStore(real.reps(), real.contacts(), real.meetings(), real.asks(), real.referrals(),
                failingCancels, real.relationships(), real.teams(), real.goals(), real.tallies(), real.digests());
        Chat sam = Chat.of(new BotEngine(store, new ChatParser(), clock, BERLIN), "T1", "U2");
        sam.say("Jane Doe referred Tom Lee at Globex");

        assertThat(sam.read("Tom Lee contacted")).contains("Saved: Tom Lee moved to \"contacted\"");
        assertThat(sam.read("thanked Jane Doe")).contains("Saved: you thanked Jane Doe");
        assertThat(sam.read("pipeline")).contains("Tom Lee (Globex) · contacted");
    }

    @Test
    void aNameTypedAllInLowerCaseIsSavedAsANameIsWrittenAndOneWithCapitalsAsTyped() {
        assertThat(rita.read("fyi kim's birthday is july 2")).contains("Kim's birthday is 2 July");
        rita.say("coffee w/ dev shah");
        rita.say("met Ian McKay at Acme");

        assertThat(rita.read("contact dev shah")).startsWith("Dev Shah");
        assertThat(rita.read("contact ian mckay")).startsWith("Ian McKay (Acme)");
    }

    @Test
    void aKnownNameAloneShowsThatPerson() {
        rita.say("met Jane Doe at Acme about the rollout");
        rita.say("met Jane Smith at Initech");

        assertThat(rita.read("Jane Doe")).startsWith("Jane Doe (Acme)").contains("Meetings: 1");
        assertThat(rita.read("jane doe")).startsWith("Jane Doe (Acme)");
        assertThat(rita.read("Jane")).startsWith("Which Jane do you mean");
        assertThat(rita.read("Tom Lee")).startsWith("Sorry, I didn't get that; nothing was saved.");
        assertThat(rita.read("pipline")).startsWith("Sorry, I didn't get that; nothing was saved.");
        assertThat(rita.read("Ann Lo at Vela")).startsWith("Sorry, I didn't get that; nothing was saved. "
                + "Did you mean a meeting with Ann Lo? Say: met Ann Lo at Vela about pricing");
    }

    @Test
    void aFutureMeetingIsShownInTheRepsZoneAndWaitsForItsEnd() {
        String reply = rita.read("meeting with Jane Doe from Acme tomorrow 2-3pm about renewal");

        assertThat(reply).contains("Saved: meeting with Jane Doe (Acme) about renewal, tomorrow 2:00 PM to 3:00 PM")
                .doesNotContain("Ask Jane for");
    }

    @Test
    void aDeclineSilencesTheAskForNinetyDays() {
        rita.say("met Jane Doe at Acme");
        assertThat(rita.read("Jane Doe not comfortable")).contains("said no").contains("21 Feb");

        clock.advance(Duration.ofDays(30));
        assertThat(rita.read("met Jane Doe about the budget")).contains("No ask for Jane Doe")
                .doesNotContain("Would you introduce me");

        clock.advance(Duration.ofDays(61));
        assertThat(rita.read("met Jane Doe about the budget")).contains("Would you introduce me");
    }

    @Test
    void anAskSkippedForAnOpenProblemIsHeldWithTheReason() {
        rita.say("skip ask Jane Doe - billing issue open");

        assertThat(rita.read("met Jane Doe")).contains("No ask for Jane Doe yet").contains("billing issue open");
        clock.advance(Duration.ofDays(3));
        rita.say("asked Jane Doe");
        assertThat(rita.read("met Jane Doe")).contains("Would you introduce me");
    }

    @Test
    void aReferralFollowsItsLeadThroughEveryStage() {
        String saved = rita.read("referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help");
        assertThat(saved).contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe").contains("tom@globex.com")
                .contains("needs CRM help").contains("Contact Tom today");

        clock.advance(Duration.ofDays(2));
        assertThat(rita.read("pipeline")).contains("1. Tom Lee (Globex) · new · 2 days · from Jane Doe");
        assertThat(rita.read("Tom Lee contacted")).contains("Tom Lee moved to \"contacted\"")
                .contains("Hi Jane, quick update on Tom Lee: we've been in touch");
        assertThat(rita.read("Tom Lee proposal sent")).contains("I've sent a proposal");
        assertThat(rita.read("Tom Lee won $12k")).contains("Saved: Tom Lee won, $12,000")
                .contains("tell Jane Doe and thank them");

        assertThat(rita.read("pipeline")).contains("No open referred leads");
        assertThat(rita.read("contact Jane Doe")).contains("Referrals given to you: 1: Tom Lee (Globex): won $12,000");
        assertThat(rita.read("Tom Lee lost - budget cut")).contains("already closed: won today. Nothing changed.");
    }

    @Test
    void aLostLeadStillDraftsAnUpdateForTheReferrer() {
        rita.say("Jane Doe referred Tom Lee at Globex");

        assertThat(rita.read("Tom Lee lost - budget cut")).contains("Saved: Tom Lee lost.")
                .contains("Let Jane Doe know anyway").contains("didn't work out this time (budget cut)");
    }

    @Test
    void theSameReferralTwiceIsKeptOnce() {
        rita.say("Jane Doe referred Tom Lee at Globex");

        assertThat(rita.read("Jane Doe referred Tom Lee at Globex")).contains("already in your pipeline");
        assertThat(rita.read("pipeline")).contains("open referred leads (1)");
    }

    @Test
    void anAmbiguousNameGetsAQuestionAndNothingIsSaved() {
        rita.say("met Jane Doe at Acme");
        rita.say("met Jane Smith at Globex");

        Reply reply = rita.say("asked Jane");

        assertThat(reply.text()).contains("Which Jane").contains("Jane Doe (Acme)").contains("Jane Smith (Globex)");
        assertThat(reply.actions()).extracting(SuggestedAction::message).contains("asked Jane Doe", "asked Jane Smith");
        assertThat(rita.read("contact Jane Doe")).contains("Asks: not asked yet");
    }

    @Test
    void namesMatchIgnoringCaseAndAccents() {
        rita.say("met José Núñez at Acme about onboarding");

        assertThat(rita.read("asked jose nunez")).contains("you asked José Núñez");
        assertThat(rita.read("contact JOSE NUNEZ")).contains("José Núñez (Acme)").contains("Meetings: 1")
                .contains("asked");
    }

    @Test
    void workspacesNeverSeeEachOthersPeople() {
        rita.say("met Jane Doe at Acme");
        Chat other = Chat.of(engine, "T2", "U1");

        assertThat(other.read("contact Jane Doe")).contains("I don't know anyone called Jane Doe");
        assertThat(other.read("pipeline")).contains("No open referred leads");
    }

    @Test
    void timesAreReadAndShownInTheRepsOwnZone() {
        assertThat(rita.read("my timezone is America/New_York")).contains("America/New_York").contains("4:00 AM");

        assertThat(rita.read("meeting with Ann Lee today 9-10am")).contains("today 9:00 AM to 10:00 AM");
    }

    @Test
    void afterAZoneChangeTheNextMessageIsReadInTheNewZone() {
        rita.read("my timezone is America/New_York");
        assertThat(rita.read("meeting with Ann Lee today 9-10am")).contains("today 9:00 AM to 10:00 AM");

        // 18:00 in Tokyo: 9-10am there is this morning's meeting, done, not New York's 9am (11 PM in Tokyo).
        assertThat(rita.read("my timezone is Asia/Tokyo")).contains("Asia/Tokyo");
        assertThat(rita.read("meeting with Bo Park today 9-10am")).startsWith("Saved: meeting with Bo Park.")
                .doesNotContain("11:00 PM");
        assertThat(rita.read("my timezone is America/New_York")).contains("America/New_York");
        assertThat(rita.read("meeting with Cy Moss today 9-10am")).contains("today 9:00 AM to 10:00 AM");
    }

    @Test
    void hostileTextIsStoredAndShownLiterally() {
        rita.say("met {\"$gt\": \"\"} at $where");
        rita.say("met <b>Ann</b> at *Acme* <script>");

        assertThat(rita.read("contact {\"$gt\": \"\"}")).contains("{\"$gt\": \"\"} ($where)");
        assertThat(rita.read("contact <b>Ann</b>")).contains("<b>Ann</b> (*Acme* <script>)");
    }

    @Test
    void mentionsAreNeverSavedAsPartOfAName() {
        rita.say("@everyone @here <@&1180000000000000001> Jane Doe referred Tom Lee");

        assertThat(rita.read("pipeline")).contains("Tom Lee").doesNotContain("@everyone").doesNotContain("<@&");
        assertThat(rita.read("contact Jane Doe")).contains("Jane Doe").doesNotContain("@here");
    }

    @Test
    void anUnreadableAmountSavesNothing() {
        rita.say("Jane Doe referred Tom Lee at Globex");

        assertThat(rita.read("Tom Lee won abc")).contains("abc").contains("Nothing was saved");
        assertThat(rita.read("pipeline")).contains("Tom Lee (Globex) · new");
    }

    @Test
    void aLeadThatWasNeverReferredIsExplained() {
        assertThat(rita.read("Tom Lee contacted")).contains("isn't one of your referred leads");
    }

    @Test
    void emptyAndUnknownMessagesGetAHelpfulReply() {
        assertThat(rita.read("")).contains("met Jane Doe");
        assertThat(rita.read("pipelin")).contains("pipeline");
    }

    @Test
    void knownNamesCompleteTheLastWordWithinTheWorkspaceOnly() {
        rita.say("referral from Jane Doe: Tom Lee (Globex)");
        Chat.of(engine, "T2", "U9").say("met Jane Dorsey at Initech");

        assertThat(engine.knownNames(new com.referralcoach.core.domain.WorkspaceId("T1"), "jane d"))
                .containsExactly("Jane Doe");
        assertThat(engine.knownNames(new com.referralcoach.core.domain.WorkspaceId("T1"), "Tom")).containsExactly("Tom Lee");
        assertThat(engine.knownNames(new com.referralcoach.core.domain.WorkspaceId("T1"), " ")).isEmpty();
    }
}
