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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ask at the right moment: problems, fixes, wins, rushes, trust and satisfaction, through the engine. */
@ExtendWith(EmbeddedMongo.class)
class MomentsConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        rita = Chat.of(new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN), "T1", "U1");
    }

    private void twoMeetingsWithJane() {
        rita.say("met Jane Doe at Acme about the rollout");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe about training");
    }

    @Test
    void anOpenProblemHoldsTheAskAndTheFixWaitsForTwoGoodExperiences() {
        twoMeetingsWithJane();
        assertThat(rita.read("problem Jane Doe: invoice sent twice")).contains("I'll hold ask prompts for Jane Doe");

        assertThat(rita.read("met Jane Doe about the invoice")).contains("No ask for Jane Doe while a problem is open")
                .contains("invoice sent twice").doesNotContain("Would you introduce me");
        assertThat(rita.read("fixed Jane Doe")).contains("Add a small extra").contains("two more good experiences");
        assertThat(rita.read("contact Jane Doe")).contains("fixed today, 0 of 2 good experiences since");

        clock.advance(Duration.ofHours(2));
        assertThat(rita.read("met Jane Doe about next steps")).contains("Not yet for Jane Doe").contains("1 of 2");
        clock.advance(Duration.ofDays(2));
        assertThat(rita.read("csat Jane Doe 8")).contains("8/10").contains("what would make it a 10");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Jane Doe about the roadmap")).contains("Would you introduce me");
    }

    @Test
    void aLongHistoryWithAPersonIsReadAsAShortOne() {
        for (int meeting = 0; meeting < 45; meeting++) {
            rita.say("met Jane Doe at Acme about the rollout");
            clock.advance(Duration.ofDays(3));
        }
        assertThat(rita.read("contact Jane Doe")).contains("Meetings: 45:");
        assertThat(rita.read("problem Jane Doe: invoice sent twice")).contains("I'll hold ask prompts for Jane Doe");
        assertThat(rita.read("met Jane Doe about the invoice")).contains("No ask for Jane Doe while a problem is open");
        rita.say("fixed Jane Doe");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Jane Doe about next steps")).contains("Not yet for Jane Doe").contains("1 of 2");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("met Jane Doe about the roadmap")).contains("Would you introduce me")
                .doesNotContain("new to you");
    }

    @Test
    void aLongStandingCustomerIsNotNewToTheRepAndScoringNineMakesThemOneToAskNow() {
        rita.say("Ann Smith is a customer since 2021-03-15");
        rita.say("Bob Stone is a customer since 2026-11-01");

        assertThat(rita.read("met Ann Smith at Initech about onboarding")).doesNotContain("new to you")
                .contains("Would you introduce me");
        assertThat(rita.read("met Bob Stone at Hooli")).contains("Bob is new to you");
        assertThat(rita.read("csat Ann Smith 9")).doesNotContain("new to you");
        assertThat(rita.read("who to ask")).contains("Ann Smith (Initech) · scored 9/10 today");
    }

    @Test
    void aProblemOfTheCompanyHoldsAsksOfItsPeopleAndCanBeFixedTheSameDay() {
        twoMeetingsWithJane();
        rita.say("problem Acme: invoice sent twice");

        assertThat(rita.read("met Jane Doe")).contains("No ask for Jane Doe while a problem at Acme is open")
                .contains("say \"fixed Acme\"").doesNotContain("fixed Jane Doe");
        assertThat(rita.read("fixed Acme")).contains("Acme's problem is fixed (opened today)");
        assertThat(rita.read("fixed Acme")).contains("no open problem");
        assertThat(rita.read("fixed Nobody Known")).contains("don't know anyone called Nobody Known");
    }

    @Test
    void anAskWhileTheCompanysProblemIsOpenIsRecordedAndSaysTheFixComesFirst() {
        twoMeetingsWithJane();
        rita.say("problem Acme: invoice sent twice");

        String reply = rita.read("asked Jane Doe");
        assertThat(reply).startsWith("Saved: you asked Jane Doe for a referral.")
                .contains("The problem with Acme is still open (invoice sent twice, since today)")
                .contains("fixing it comes first").contains("\"fixed Acme\"").doesNotContain("Nice work");
        assertThat(rita.read("contact Jane Doe")).contains("Asks: today: asked");
        rita.say("fixed Acme");
        assertThat(rita.read("asked Jane Doe")).contains("Nice work").doesNotContain("still open");
    }

    @Test
    void aWinPromptsTheAskAboutTheWin() {
        twoMeetingsWithJane();

        String reply = rita.read("win Jane Doe: cut their onboarding time in half");

        assertThat(reply).contains("Saved: a win for Jane Doe").contains("best moment to ask")
                .contains("I'm glad we could cut their onboarding time in half")
                .contains("[Asked] asked Jane Doe");
    }

    @Test
    void someoneNewGetsAGentlerPromptUntilTheRepAsksAnyway() {
        assertThat(rita.read("met Ann Smith at Initech")).contains("Ann is new to you: build the relationship first")
                .contains("Ask Ann anyway");
        rita.say("asked Ann Smith");
        clock.advance(Duration.ofDays(40));
        assertThat(rita.read("met Ann Smith")).doesNotContain("new to you");
    }

    @Test
    void satisfactionNineAsksTheNaturalNextQuestionAndSixOpensAProblem() {
        twoMeetingsWithJane();
        assertThat(rita.read("csat Jane Doe 9")).contains("I'm really glad it's working for you. Who else do you know"
                + " who is wrestling with something like your training?");

        rita.say("met Tom Lee");
        rita.say("met Tom Lee again");
        assertThat(rita.read("csat Tom Lee 4")).contains("That's a problem to fix").contains("fixed Tom Lee");
        assertThat(rita.read("met Tom Lee")).contains("No ask for Tom Lee while a problem is open")
                .contains("satisfaction 4/10");
    }

    @Test
    void inARushMovesTheAskToTheNextWorkingMorning() {
        rita.say("met Jane Doe");
        assertThat(rita.read("Jane Doe was in a rush")).contains("I'll bring the ask back tomorrow 8:00 AM");
        assertThat(rita.read("reminders")).contains("tomorrow 8:00 AM · ask Jane Doe for a referral");
        assertThat(rita.read("Tom Lee was in a rush")).contains("don't know anyone called Tom Lee");
    }

    @Test
    void aGracefulNoIsThankedAndTheCheckInsGoOn() {
        twoMeetingsWithJane();

        String reply = rita.read("Jane Doe said no - not comfortable sharing clients");

        assertThat(reply).contains("Reply to Jane: Thanks for being straight with me, Jane. I completely understand.")
                .contains("I'll keep your check-ins going");
        assertThat(rita.read("reminders")).contains("check in with Jane Doe");
    }
}
