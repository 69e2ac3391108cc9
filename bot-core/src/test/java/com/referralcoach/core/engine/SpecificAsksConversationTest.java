package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Asks stay specific where most of them happen: what was delivered, and who the rep most wants to meet. */
@ExtendWith(EmbeddedMongo.class)
class SpecificAsksConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkspaceId WS = new WorkspaceId("T1");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private BotEngine engine;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        rita = new Chat(engine, WS, new RepId("U1"));
    }

    private String say(String rep, boolean admin, String text) {
        return engine.handle(new IncomingMessage(WS, new RepId(rep), rep, text, Optional.empty(), admin)).text();
    }

    /** Two meetings without a topic: trust enough for an ask, and nothing known of the work. */
    private void twoPlainMeetingsWith(String name) {
        rita.say("met " + name);
        clock.advance(Duration.ofDays(1));
        rita.say("met " + name);
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void aMeetingWithoutATopicAsksAboutTheWorkDeliveredForThePerson() {
        twoPlainMeetingsWith("Kim Lee");
        assertThat(rita.read("delivered the payroll migration for Kim Lee"))
                .startsWith("Saved: you delivered the payroll migration for Kim Lee.")
                .contains("Kim's next ask will be about it").contains("In a week");
        clock.advance(Duration.ofDays(1));

        assertThat(rita.read("met Kim Lee"))
                .contains("\"Who else do you know who is wrestling with something like your payroll migration?")
                .doesNotContain("the help we've been giving you").doesNotContain("What did you deliver");
    }

    @Test
    void workDoneForTheCompanyMakesTheAskOfItsPeopleSpecific() {
        rita.say("met Jane Doe at Acme");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe");
        rita.say("Acme's rollout is live");
        clock.advance(Duration.ofDays(1));

        assertThat(rita.read("met Jane Doe")).contains("something like your rollout?");
    }

    @Test
    void whenNothingIsKnownTheBotAsksOnceWhatWasDelivered() {
        rita.say("met Ann Smith");
        clock.advance(Duration.ofDays(1));

        String first = rita.read("met Ann Smith");
        assertThat(first).contains("could use the help we've been giving you")
                .contains("What did you deliver for Ann? One line makes the ask specific");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Ann Smith")).doesNotContain("What did you deliver");
    }

    @Test
    void theFirstAskOfSomeoneWithNothingDeliveredYetPutsExcellentWorkFirst() {
        rita.say("met Jane Doe at Acme about the rollout");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe about training");
        clock.advance(Duration.ofDays(1));

        assertThat(rita.read("met Jane Doe about the rollout plan"))
                .contains("Excellent work first: this is your first ask of Jane")
                .contains("hasn't gone live as promised yet, ask once it has");
        rita.say("delivered the rollout for Acme");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Jane Doe about next steps")).doesNotContain("Excellent work first")
                .contains("something like your next steps?");
    }

    @Test
    void theIdealReferralGoesIntoEveryAskAndCanBeShownAndCleared() {
        assertThat(rita.read("ideal referral")).contains("haven't described your ideal referral");
        assertThat(rita.read("ideal referral: heads of operations at mid-size logistics firms"))
                .startsWith("Saved: your ideal referral is heads of operations at mid-size logistics firms.");
        twoPlainMeetingsWith("Ann Smith");

        assertThat(rita.read("met Ann Smith")).contains("\"I'm looking to meet more heads of operations at mid-size"
                + " logistics firms. Who comes to mind? Would you introduce me?\"");
        assertThat(rita.read("win Ann Smith: cut their delivery times in half"))
                .contains("I'm glad we could cut their delivery times in half. Who else do you know who would want a"
                        + " result like that? I'm especially keen to meet heads of operations at mid-size logistics"
                        + " firms.");
        assertThat(rita.read("what's my ideal referral?")).contains("Your ideal referral: heads of operations");
        rita.say("clear my ideal referral");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Ann Smith about routes")).doesNotContain("heads of operations");
    }

    @Test
    void aManagersTeamDefaultReachesMembersWithoutTheirOwnAndNeverOverridesOne() {
        say("ana", false, "help");
        say("ana", false, "ideal referral: CFOs at fintechs");
        say("root", true, "make @dana a manager");
        say("dana", false, "team East: @ana @ben");
        assertThat(say("ben", false, "team East ideal referral: IT directors in healthcare"))
                .startsWith("Sorry, only managers and workspace admins can set a team's ideal referral");

        assertThat(say("dana", false, "team East ideal referral: IT directors in healthcare"))
                .startsWith("Saved: team East's ideal referral is IT directors in healthcare.");

        assertThat(say("ben", false, "ideal referral")).contains("IT directors in healthcare (team East's default");
        assertThat(say("ana", false, "ideal referral")).contains("CFOs at fintechs").doesNotContain("default");
        assertThat(say("ana", false, "ideal referral off")).contains("Your asks use team East's default: IT directors");
        say("dana", false, "remove @ben from team East");
        assertThat(say("ben", false, "ideal referral")).contains("haven't described your ideal referral");
    }

    @Test
    void whoToAskPutsThePeopleClosestToTheIdealReferralFirst() {
        rita.say("ideal referral: heads of operations at logistics firms");
        rita.say("met Tom Lee at Initech about pricing");
        rita.say("met Kim Lee at Freightline about logistics planning");
        clock.advance(Duration.ofDays(1));
        rita.say("met Tom Lee about onboarding");
        rita.say("met Kim Lee about routes");
        rita.say("csat Tom Lee 9");

        String list = rita.read("who to ask");
        assertThat(list.indexOf("Kim Lee")).isGreaterThan(0).isLessThan(list.indexOf("Tom Lee"));
        assertThat(list).contains("Kim Lee (Freightline) · close to your ideal referral");
    }

    @Test
    void aNineOrTenAsksAboutTheWorkDelivered() {
        twoPlainMeetingsWith("Kim Lee");
        rita.say("delivered Kim Lee's onboarding");

        assertThat(rita.read("csat Kim Lee 10")).contains("I'm really glad it's working for you. Who else do you know"
                + " who is wrestling with something like your onboarding?");
    }

    @Test
    void workDescribedBadlyGetsAClearAnswerAndStoresNothing() {
        assertThat(rita.read("ideal referral:")).contains("Who would you most like to be introduced to?");
        assertThat(rita.read("ideal referral: " + "x".repeat(200))).contains("Keep it to one line");
        assertThat(rita.read("ideal referral")).contains("haven't described");
    }
}
