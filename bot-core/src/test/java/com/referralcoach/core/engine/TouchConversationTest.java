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

/** Staying in touch, giving, and campaigns, through the engine. */
@ExtendWith(EmbeddedMongo.class)
class TouchConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        rita = Chat.of(new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN), "T1", "U1");
    }

    @Test
    void birthdaysAndAnniversariesArePlannedWithACardTwoWorkingDaysBefore() {
        rita.say("met Jane Doe at Acme");
        // 12 April 2027 is a Monday: the card comes the Thursday before.
        assertThat(rita.read("birthday Jane Doe 12 April")).contains("Jane Doe's birthday is 12 April")
                .contains("I'll remind you 8 Apr 2027 with a drafted card");
        assertThat(rita.read("birthday Ann Smith 29 February")).contains("(28 Feb 2027)");
        assertThat(rita.read("customer since Acme 2019-06-01")).contains("customer since 1 June 2019");
        assertThat(rita.read("reminders")).contains("a birthday card for Jane Doe").contains("Jane Doe's birthday")
                .contains("a birthday card for Ann Smith");
        assertThat(rita.read("contact Jane Doe")).contains("birthday 12 April");
    }

    @Test
    void anAnniversaryEnteredOnTheDayHasItsCardNowAndACustomerSinceTodayHasNoAnniversaryToday() {
        assertThat(rita.read("customer since Acme 2019-11-23")).contains("Acme has been a customer since 23 November"
                + " 2019. That's today").contains("Card for Acme: Hi Acme, it's 7 years today");
        assertThat(rita.read("reminders")).contains("23 Nov 2027 8:00 AM · Acme's customer anniversary");
        assertThat(rita.read("customer since Globex 2026-11-23")).contains("I'll remind you 19 Nov 2027 with a"
                + " drafted card").doesNotContain("Card for");
    }

    @Test
    void checkInsFollowTheCadenceAndLosingTouchListsTheMostOverdue() {
        rita.say("met Jane Doe about the rollout");
        rita.say("met Tom Lee about pricing");
        assertThat(rita.read("check in with Jane Doe every 30 days")).contains("every 30 days");
        assertThat(rita.read("contact Jane Doe")).contains("check in every 30 days (next Wed 23 Dec)");
        assertThat(rita.read("losing touch")).contains("Nobody is overdue");

        clock.advance(Duration.ofDays(100));
        assertThat(rita.read("losing touch")).contains("Jane Doe · 70 days overdue · last: the rollout")
                .contains("Tom Lee · 10 days overdue");
        rita.say("met Jane Doe about renewal");
        assertThat(rita.read("losing touch")).doesNotContain("Jane Doe");
    }

    @Test
    void connectorsCheckInMonthlyAndComeFirstInWhoToAsk() {
        rita.say("met Carl Jones about the org chart");
        clock.advance(Duration.ofDays(1));
        rita.say("met Jane Doe");
        rita.say("csat Jane Doe 9");
        rita.say("met Carl Jones about hiring");
        rita.say("Carl Jones is a connector");
        rita.say("met Ann Smith");
        rita.say("problem Ann Smith: late delivery");

        String who = rita.read("who to ask");

        assertThat(who).contains("Carl Jones · connector, met today about hiring");
        assertThat(who.indexOf("Carl Jones")).isLessThan(who.indexOf("Jane Doe"));
        assertThat(who).contains("Jane Doe · scored 9/10 today").doesNotContain("Ann Smith");
        rita.say("asked Carl Jones");
        assertThat(rita.read("who to ask")).doesNotContain("Carl Jones");
        assertThat(rita.read("contact Carl Jones")).contains("connector · check in every 30 days");
    }

    @Test
    void testimonialsAndReferralsGivenShowOnTheContact() {
        rita.say("met Jane Doe");
        assertThat(rita.read("asked Jane Doe for a testimonial")).contains("a week from now");
        rita.say("asked Jane Doe for a LinkedIn recommendation");
        clock.advance(Duration.ofDays(2));
        rita.say("got testimonial from Jane Doe");
        rita.say("Jane Doe referred Tom Lee at Globex");
        assertThat(rita.read("gave Jane Doe a referral: Carl Jones at Initech")).contains("People who give leads");

        String contact = rita.read("contact Jane Doe");

        assertThat(contact).contains("testimonial received today").contains("LinkedIn recommendation asked")
                .contains("waiting")
                .contains("You gave them: 1 referral (Carl Jones at Initech)")
                .contains("Referrals given to you: 1: Tom Lee (Globex)").doesNotContain("they gave you");
        assertThat(rita.read("reminders")).contains("follow up on Jane Doe's testimonial");
    }

    @Test
    void aReferralMonthOfOnePersonSaysSoInTheSingular() {
        rita.say("met Jane Doe");

        assertThat(rita.read("referral month March"))
                .contains("Referral month March 2027: 1 person over 1 working day,");
    }

    @Test
    void aReferralMonthSpreadsEveryContactOverItsWorkingDays() {
        rita.say("met Jane Doe");
        rita.say("met Tom Lee");
        rita.say("met Ann Smith");

        assertThat(rita.read("referral month March")).contains("Referral month March 2027: 3 people over 3 working days,"
                + " 1 a day from 1 Mar 2027").contains("first ask how you can help them");
        assertThat(rita.read("reminders")).contains("1 Mar 2027 8:00 AM · referral month: help, then ask Ann Smith")
                .contains("2 Mar 2027 8:00 AM · referral month: help, then ask Jane Doe");

        clock.set(ZonedDateTime.of(2027, 3, 2, 12, 0, 0, 0, BERLIN).toInstant());
        rita.say("asked Ann Smith");
        assertThat(rita.read("referral month")).contains("Referral month March 2027: 1 of 3 people asked so far");
    }

    @Test
    void helpIsShortAndPointsToTopics() {
        assertThat(rita.read("help")).contains("Topics: meetings, asks, moments").contains("help <topic>")
                .doesNotContain("invoice sent twice");
        assertThat(rita.read("help moments")).contains("problem Acme: invoice sent twice");
        assertThat(rita.read("help campaign")).contains("referral month March")
                .contains("team East referral month March");
        assertThat(rita.read("help goals")).contains("goal 5 asks per week").contains("closed $5k repeat business");
        assertThat(rita.read("help teams")).contains("make @dana a manager").contains("digest East now");
    }
}
