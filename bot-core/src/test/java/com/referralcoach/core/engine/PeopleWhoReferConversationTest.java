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

/** The people who refer, and the right moment sharpened: owners, colleagues, needs, repeat and small deals. */
@ExtendWith(EmbeddedMongo.class)
class PeopleWhoReferConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        rita = Chat.of(new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN), "T1", "U1");
    }

    /** People the rep knows, with what they do, from an earlier import or detail. */
    private void knowsABookkeeperAndAPlumber() {
        rita.say("met Ann Smith at Ledgerly Bookkeeping");
        rita.say("met Bo Park at Park Plumbing");
    }

    @Test
    void twoMeetingsInTheSameHourAreOneExperienceButAProjectDeliveredIsTrust() {
        rita.say("met Jane Doe at Acme about pricing");
        clock.advance(Duration.ofMinutes(40));
        assertThat(rita.read("met Jane Doe about pricing again")).contains("Jane is new to you: build the"
                + " relationship first");

        rita.say("delivered the pricing model for Jane Doe");
        assertThat(rita.read("met Jane Doe about next steps")).doesNotContain("new to you")
                .contains("Ask Jane for an introduction now");
    }

    @Test
    void aNeedGetsALeadToGiveFromTheRepsOwnContacts() {
        knowsABookkeeperAndAPlumber();

        assertThat(rita.read("Kim Lee needs a bookkeeper")).startsWith("Saved: Kim Lee needs a bookkeeper. Help first:")
                .contains("You know Ann Smith (Ledgerly Bookkeeping)").doesNotContain("Bo Park")
                .contains("\"gave Kim Lee a referral: Ann Smith\"");
        assertThat(rita.read("contact Kim Lee")).contains("needs a bookkeeper");
        assertThat(rita.read("Tom Lee needs a pilot")).contains("When you meet someone who fits");
    }

    @Test
    void aBusinessOwnersAskComesPairedWithALeadForTheirBusiness() {
        knowsABookkeeperAndAPlumber();
        rita.say("met Jane Doe at Doe Bakery");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe");
        clock.advance(Duration.ofDays(1));
        assertThat(rita.read("Jane Doe owns a business: Doe Bakery")).contains("Referrals go both ways with owners");
        rita.say("Jane Doe needs a bookkeeper");

        assertThat(rita.read("met Jane Doe about the holiday orders"))
                .contains("Ask Jane for an introduction now")
                .contains("Jane owns a business, so referrals go both ways: bring Jane a lead too. You know Ann Smith");
        assertThat(rita.read("who to ask")).contains("Jane Doe (Doe Bakery) · business owner, referrals go both ways");
        assertThat(rita.read("contact Jane Doe")).contains("business owner (Doe Bakery)");
    }

    @Test
    void aFormerColleagueGetsTheirOwnAskAndNeverTheCustomerChecks() {
        rita.say("Jane Doe is a former colleague");
        rita.say("Jane Doe works at Globex now");

        String ask = rita.read("met Jane Doe");
        assertThat(ask).contains("\"Who at Globex should I meet? Would you introduce me?\"")
                .doesNotContain("new to you").doesNotContain("What did you deliver")
                .doesNotContain("Excellent work first");
        assertThat(rita.read("contact Jane Doe")).contains("former colleague");
    }

    @Test
    void repeatBusinessBringsTheAskAndMySourcesShowsReferralAgainstRepeat() {
        rita.say("met Jane Doe at Acme about the rollout");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe about training");
        clock.advance(Duration.ofDays(1));

        assertThat(rita.read("closed $5k repeat business with Jane Doe"))
                .startsWith("Saved: you won $5,000 of repeat business with Jane Doe.")
                .contains("Repeat business shows Jane is happy: now ask for an introduction: \"Who else do you know"
                        + " who is wrestling with something like your training?");
        rita.say("Jane Doe referred Tom Lee at Globex");
        rita.say("Tom Lee won 8000");
        rita.say("closed $2k other business");

        assertThat(rita.read("my sources")).contains("This year: 3 won, 1 from referrals (33%), 1 repeat (33%), 1 other.")
                .contains("Last 90 days: 3 won");
    }

    @Test
    void aSmallDealIsAskedOfLikeABigOneAndAWonLeadGetsTheDetailsToPassOn() {
        rita.say("closed $20k other business");
        rita.say("closed $24k other business");
        rita.say("closed $18k other business");
        clock.advance(Duration.ofDays(1));
        rita.say("Jane Doe referred Tom Lee at Globex");

        assertThat(rita.read("Tom Lee won $3k")).contains("Make sure Tom has your current details to pass on")
                .contains("A small deal, but small customers refer big ones: ask Tom too");
        rita.say("Jane Doe referred Kim Lee at Initech");
        assertThat(rita.read("Kim Lee won $25k")).contains("Make sure Kim has your current details")
                .doesNotContain("small customers");
    }

    @Test
    void ownersComeFirstInWhoToAskAndACurrentColleagueGetsTheirOwnAsk() {
        rita.say("met Tom Lee at Initech about pricing");
        rita.say("met Jane Doe at Doe Bakery about orders");
        clock.advance(Duration.ofDays(1));
        rita.say("met Tom Lee about onboarding");
        rita.say("met Jane Doe about the menu");
        rita.say("csat Tom Lee 9");
        rita.say("Jane Doe owns a business");

        String list = rita.read("who to ask");
        assertThat(list.indexOf("Jane Doe")).isGreaterThan(0).isLessThan(list.indexOf("Tom Lee"));

        rita.say("Ben Ode is a colleague");
        assertThat(rita.read("met Ben Ode")).contains("\"Who in your network should I meet? Would you introduce me?\"");
    }

    @Test
    void aWinRemindsTheDetailsToPassOnAndADetailsChangeAsksAboutTheWorkDelivered() {
        rita.say("met Jane Doe at Acme");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe");
        assertThat(rita.read("win Jane Doe: cut their onboarding time in half"))
                .contains("And make sure Jane has your current details to pass on");
        clock.advance(Duration.ofDays(1));
        rita.say("delivered the reporting upgrade for Jane Doe");
        clock.advance(Duration.ofDays(10));
        rita.say("asked Jane Doe");
        clock.advance(Duration.ofDays(40));

        assertThat(rita.read("Jane Doe works at Globex now")).contains("good moment to ask")
                .contains("Who else do you know who is wrestling with something like your reporting upgrade?");
    }

    @Test
    void theTeamsIdealReferralIsSaidInAMembersAsk(MongoDatabase db) {
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        java.util.function.BiFunction<String, String, String> say = (rep, text) -> engine.handle(
                new IncomingMessage(new com.referralcoach.core.domain.WorkspaceId("T9"),
                        new com.referralcoach.core.domain.RepId(rep), rep, text, java.util.Optional.empty(),
                        rep.equals("root"))).text();
        say.apply("root", "make @dana a manager");
        say.apply("dana", "team East: @ben");
        say.apply("dana", "team East ideal referral: IT directors in healthcare");
        say.apply("ben", "met Kim Lee at Kite");
        clock.advance(Duration.ofDays(1));

        assertThat(say.apply("ben", "met Kim Lee")).contains("I'm looking to meet more IT directors in healthcare.");
    }

    @Test
    void reviewLinksAreListedAndReviewsCountInTheDigest(MongoDatabase db) {
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN);
        java.util.function.BiFunction<String, String, String> say = (rep, text) -> engine.handle(
                new IncomingMessage(new com.referralcoach.core.domain.WorkspaceId("T8"),
                        new com.referralcoach.core.domain.RepId(rep), rep, text, java.util.Optional.empty(),
                        rep.equals("root"))).text();
        assertThat(say.apply("ana", "review links")).startsWith("No review links yet.");
        say.apply("ana", "my review link G2 https://www.g2.com/products/acme/take_survey");
        say.apply("ana", "my Google review link is https://g.page/r/acme/review");
        assertThat(say.apply("ana", "review links")).isEqualTo("Your review links:\nG2:"
                + " https://www.g2.com/products/acme/take_survey\nGoogle: https://g.page/r/acme/review");
        say.apply("ana", "met Jane Doe at Acme");
        say.apply("ana", "Jane Doe left a review on G2");
        say.apply("root", "make @dana a manager");
        say.apply("dana", "team East: @ana");
        clock.advance(Duration.ofDays(7));

        assertThat(say.apply("dana", "digest East now")).contains("- ana: 1 meeting").contains("1 testimonial (1 of them a review)");
    }
}
