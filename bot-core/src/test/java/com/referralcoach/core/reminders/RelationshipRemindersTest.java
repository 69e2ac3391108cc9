package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform.Sent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Relationship reminders through the real path: engine, MongoDB, Quartz firing the dispatcher, a test clock. */
@ExtendWith(EmbeddedMongo.class)
class RelationshipRemindersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private CoachRig rig;

    private CoachRig rig(MongoDatabase db, Instant start) {
        rig = new CoachRig(db, start, BERLIN);
        return rig;
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN).toInstant();
    }

    private String last() {
        java.util.List<Sent> sent = rig.platform.sentTo("rita");
        Sent s = sent.get(sent.size() - 1);
        StringBuilder all = new StringBuilder(s.text());
        s.message().fields().forEach(f -> all.append('\n').append(f.label()).append(": ").append(f.value()));
        return all.toString();
    }

    @Test
    void aLeapDayBirthdayFallsOnTheTwentyEighthWithACardTwoWorkingDaysBefore(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2027, 2, 1, 10, 0));
        r.say("rita", "met Jane Doe at Acme");
        r.say("rita", "birthday Jane Doe 29 February");

        r.at(berlin(2027, 2, 25, 7, 59)); // Sunday 28 February: the card comes on Thursday
        assertThat(r.platform.sentTo("rita")).isEmpty();
        r.at(berlin(2027, 2, 25, 8, 0));
        assertThat(last()).contains("Jane Doe's birthday is Sun 28 Feb").contains("Card for Jane: Happy birthday, Jane!")
                .endsWith("I'd be glad to look after them too.");
        r.at(berlin(2027, 2, 26, 8, 0)); // the day is a Sunday: the word comes on the Friday before
        assertThat(last()).contains("Jane Doe's birthday is on Sun 28 Feb");
        assertThat(r.say("rita", "reminders").text()).contains("25 Feb 2028 8:00 AM · a birthday card for Jane Doe")
                .contains("29 Feb 2028 8:00 AM · Jane Doe's birthday");
    }

    private static String withFields(com.referralcoach.core.reply.Reply reply) {
        StringBuilder all = new StringBuilder(reply.text());
        reply.fields().forEach(f -> all.append('\n').append(f.label()).append(": ").append(f.value()));
        return all.toString();
    }

    @Test
    void aBirthdayTwoDaysAwayGetsItsCardRightAwayAndTheDayStillComes(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 12, 7, 10, 0)); // Monday, after the card's 08:00 for Wednesday
        r.say("rita", "met Jane Doe at Acme");

        assertThat(r.say("rita", "birthday Jane Doe 9 December").text()).contains("Jane Doe's birthday is 9 December")
                .contains("I'll send you a drafted card right away, and remind you again on the day.");
        r.settle();
        assertThat(last()).contains("Jane Doe's birthday is Wed 9 Dec. Send a card now")
                .contains("Card for Jane: Happy birthday, Jane!");
        assertThat(r.say("rita", "reminders").text()).contains("Wed 9 Dec 8:00 AM · Jane Doe's birthday")
                .doesNotContain("a birthday card for Jane Doe");
        r.at(berlin(2026, 12, 9, 8, 0));
        assertThat(last()).contains("Jane Doe's birthday is today.");
        assertThat(r.platform.sentTo("rita")).hasSize(2);
    }

    @Test
    void aBirthdayEnteredBeforeTheWorkingDayStartsGetsItsCardThatMorning(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 12, 7, 6, 30)); // Monday, before hours; the birthday is Wednesday
        r.say("rita", "met Jane Doe at Acme");

        assertThat(r.say("rita", "birthday Jane Doe 9 December").text())
                .contains("I'll remind you today with a drafted card, and again on the day.");
        r.at(berlin(2026, 12, 7, 7, 59));
        assertThat(r.platform.sentTo("rita")).isEmpty();
        r.at(berlin(2026, 12, 7, 8, 0));
        assertThat(last()).contains("Jane Doe's birthday is Wed 9 Dec. Send a card now");
    }

    @Test
    void aBirthdayEnteredOnTheDayIsTodayWithTheCardNowAndNextYearPlanned(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 12, 8, 15, 0)); // Tuesday afternoon
        r.say("rita", "met Jane Doe at Acme");

        assertThat(withFields(r.say("rita", "birthday Jane Doe 8 December")))
                .contains("Jane Doe's birthday is 8 December. That's today")
                .contains("Card for Jane: Happy birthday, Jane!")
                .doesNotContain("2027 with a drafted card");
        assertThat(r.say("rita", "reminders").text()).contains("6 Dec 2027 8:00 AM · a birthday card for Jane Doe")
                .contains("8 Dec 2027 8:00 AM · Jane Doe's birthday");
    }

    @Test
    void aWeekendBirthdayAfterTheLastWorkingDayStartedGetsTheCardNow(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 12, 11, 19, 30)); // Friday evening; the birthday is Sunday
        r.say("rita", "met Jane Doe at Acme");

        assertThat(withFields(r.say("rita", "birthday Jane Doe 13 December")))
                .contains("Jane Doe's birthday is 13 December. That's on Sun 13 Dec")
                .contains("Card for Jane: Happy birthday, Jane!");
        assertThat(r.say("rita", "reminders").text()).contains("9 Dec 2027 8:00 AM · a birthday card for Jane Doe")
                .contains("13 Dec 2027 8:00 AM · Jane Doe's birthday");
    }

    @Test
    void anOverdueCheckInSaysWhatWasDiscussedAcrossTheClockChange(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 10, 1, 10, 0));
        r.say("rita", "met Jane Doe about the rollout");
        r.say("rita", "check in with Jane Doe every 30 days");

        r.at(berlin(2026, 11, 2, 7, 59)); // due Saturday 31 October; clocks went back on the 25th
        assertThat(r.platform.sentTo("rita")).isEmpty();
        r.at(berlin(2026, 11, 2, 8, 0));
        assertThat(last()).contains("Time to check in with Jane Doe: last in touch 31 days ago, about the rollout");
        r.at(berlin(2026, 11, 3, 8, 0));
        assertThat(r.platform.sentTo("rita")).hasSize(1);
    }

    private java.util.List<String> checkInsListed() {
        return rig.say("rita", "reminders").text().lines().filter(l -> l.contains("check in with")).toList();
    }

    @Test
    void aNewCadenceReplacesThePlannedCheckInSoAPersonHasOne(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 10, 1, 10, 0)); // a Thursday
        r.say("rita", "met Nora Vance about the roadmap");
        assertThat(checkInsListed()).singleElement().asString().contains("Wed 30 Dec 9:00 AM");
        r.say("rita", "check in with Nora Vance every 7 days");
        assertThat(checkInsListed()).singleElement().asString().contains("Thu 8 Oct 10:00 AM");

        r.at(berlin(2026, 10, 6, 10, 0));
        r.say("rita", "met Nora Vance"); // a touch moves the check-in on, it does not add one
        assertThat(checkInsListed()).singleElement().asString().contains("Tue 13 Oct 10:00 AM");
        r.at(berlin(2026, 10, 13, 10, 0));
        assertThat(last()).contains("Time to check in with Nora Vance: last in touch 7 days ago");
        assertThat(checkInsListed()).singleElement().asString().contains("Tue 20 Oct 10:00 AM");
        r.say("rita", "check in with Nora Vance every 30 days");
        assertThat(checkInsListed()).singleElement().asString().contains("Thu 12 Nov 9:00 AM");
        r.after(java.time.Duration.ofMinutes(5));
        r.say("rita", "check in with Nora Vance every 7 days"); // back to a day whose check-in was replaced
        assertThat(checkInsListed()).singleElement().asString().contains("Tue 20 Oct 10:00 AM");
    }

    @Test
    void anyInteractionResetsTheCheckIn(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 10, 1, 10, 0));
        r.say("rita", "met Jane Doe about the rollout");
        r.say("rita", "check in with Jane Doe every 30 days");
        r.at(berlin(2026, 10, 20, 10, 0));
        r.say("rita", "win Jane Doe: a faster rollout");

        r.at(berlin(2026, 11, 2, 8, 0)); // the win's testimonial suggestion came a week after it; no check-in yet
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text).singleElement().asString()
                .startsWith("Jane has had a good experience with you: a good moment to ask for a testimonial.");
        r.at(berlin(2026, 11, 19, 9, 0)); // 30 days after the win, an hour earlier on the wall clock
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Time to check in with Jane Doe: last in touch 30 days ago"))
                .anySatisfy(t -> assertThat(t).startsWith("A month since the win with Jane Doe (a faster rollout)."
                        + " Time to check how happy Jane is. Send two quick questions:"));
    }

    @Test
    void twoRepsWhoMeetThePersonTheSameDayEachKeepTheirOwnCheckIn(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 10, 1, 10, 0));
        r.say("rita", "met Jane Doe about the rollout");
        r.say("sam", "met Jane Doe about the renewal");
        r.say("rita", "check in with Jane Doe every 30 days");
        r.say("sam", "check in with Jane Doe every 30 days");

        r.at(berlin(2026, 11, 2, 9, 0)); // 30 days on is a Saturday: the check-ins come on Monday
        assertThat(last()).contains("Time to check in with Jane Doe");
        assertThat(r.platform.sentTo("sam")).last().satisfies(s -> assertThat(s.text())
                .contains("Time to check in with Jane Doe"));
    }

    @Test
    void aTestimonialNotInAfterAWeekIsFollowedUpAndOneReceivedIsNot(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "asked Jane Doe for a testimonial");
        r.say("rita", "asked Ann Smith for a LinkedIn recommendation");
        r.at(berlin(2026, 11, 26, 10, 0));
        r.say("rita", "got LinkedIn recommendation from Ann Smith");

        r.at(berlin(2026, 11, 30, 10, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("The testimonial you asked Jane Doe for a week ago hasn't come in");
    }

    @Test
    void inARushTheAskComesBackTheNextWorkingMorning(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 27, 10, 0)); // a Friday
        r.say("rita", "met Jane Doe about pricing");
        r.say("rita", "meeting with Jane Doe ends 11am about the rollout");
        r.at(berlin(2026, 11, 27, 11, 0));
        assertThat(r.platform.sentTo("rita")).hasSize(1);
        r.say("rita", "Jane Doe was in a rush");

        r.at(berlin(2026, 11, 30, 7, 59));
        assertThat(r.platform.sentTo("rita")).hasSize(1);
        r.at(berlin(2026, 11, 30, 8, 0)); // Monday
        assertThat(last()).contains("Your meeting with Jane Doe").contains("something like your rollout");
    }

    @Test
    void aReferralMonthDayHelpsFirstThenAsksAndAWonDealGetsASatisfactionCheck(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Jane Doe");
        r.say("rita", "referral month December");
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee won 5000");

        r.at(berlin(2026, 12, 1, 8, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Referral month: Jane Doe today. Help first")
                        .endsWith("So far this month: 0 of 1 person asked."));
        r.at(berlin(2026, 12, 23, 10, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Tom Lee's first month as a customer is over"));
    }

    @Test
    void aReferralMonthDayGivesALeadForWhatThePersonNeedsAndCountsTheHelpGiven(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Ann Smith at Ledgerly Bookkeeping");
        r.say("rita", "met Bo Park at Park Plumbing");
        r.say("rita", "met Kim Lee at Kite");
        r.say("rita", "Kim Lee needs a bookkeeper");
        r.say("rita", "referral month December");

        r.at(berlin(2026, 12, 1, 8, 0)); // one person a working day, by name: Ann, Bo, then Kim
        assertThat(last()).contains("Referral month: Ann Smith").endsWith("So far this month: 0 of 3 people asked.");
        r.say("rita", "gave Tom Lee a referral: Carl Jones");
        r.at(berlin(2026, 12, 3, 8, 0));
        assertThat(last()).contains("Referral month: Kim Lee (Kite) today. Help first: Kim needs a bookkeeper: give"
                + " Kim a lead, Ann Smith (Ledgerly Bookkeeping).")
                .endsWith("So far this month: 0 of 3 people asked, 1 lead given.");
    }

    @Test
    void aConnectorsCheckInBringsAnIntroductionToGiveThem(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 10, 1, 10, 0));
        r.say("rita", "met Bo Park at Park Plumbing");
        r.say("rita", "met Cy Lane at Lane Plumbing Supplies");
        r.say("rita", "met Di Fox at Lane Plumbing Supplies");
        r.say("rita", "Cy Lane is a connector");

        r.at(berlin(2026, 11, 2, 8, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Time to check in with Cy Lane")
                        .contains("Cy connects people: bring an introduction. You know Bo Park (Park Plumbing), who do"
                                + " work close to Cy's. Then say \"gave Cy Lane a referral: Bo Park\".")
                        .doesNotContain("Di Fox"));
    }

    @Test
    void aDeliveryBringsASatisfactionCheckAWeekLaterWithTwoQuestionsDrafted(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Kim Lee at Kite");
        r.say("rita", "delivered the payroll migration for Kim Lee");

        r.at(berlin(2026, 11, 27, 18, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text).noneMatch(t -> t.contains("how happy"));
        r.at(berlin(2026, 12, 1, 8, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).startsWith("A week since you delivered the payroll migration for Kim"
                        + " Lee. Time to check how happy Kim is. Send two quick questions:")
                        .contains("How likely are you to recommend us to a colleague, 0 to 10?")
                        .contains("a 9 or 10 is your moment to ask for a referral"));
    }

    @Test
    void aWinBringsAReviewSuggestionAWeekAfterTheLastAskNeverTheSameWeek(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0)); // Monday
        r.say("rita", "my review link G2 https://www.g2.com/products/acme/take_survey");
        r.say("rita", "met Jane Doe at Acme");
        r.say("rita", "win Jane Doe: cut their onboarding time in half");
        r.at(berlin(2026, 11, 26, 10, 0));
        r.say("rita", "asked Jane Doe"); // the ask the win prompted, three days later

        r.at(berlin(2026, 12, 1, 9, 0)); // a week after the win, but the ask was this week
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text).noneMatch(t -> t.contains("good experience"));
        r.at(berlin(2026, 12, 3, 10, 0)); // a week after the ask
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).startsWith("Jane has had a good experience with you: a good moment to ask"
                        + " for a review on G2. Draft: \"Hi Jane, would you share your experience on G2?")
                        .endsWith("https://www.g2.com/products/acme/take_survey\""));
    }

    @Test
    void aReviewIsFollowedUpPerSiteAfterAWeekWithTheLinkAgain(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "my review link G2 https://www.g2.com/products/acme/take_survey");
        r.say("rita", "met Jane Doe at Acme");
        assertThat(r.say("rita", "asked Jane Doe for a review on G2").text())
                .contains("Send the link so it takes two minutes: https://www.g2.com/products/acme/take_survey.");
        r.say("rita", "asked Jane Doe for a Google review");
        r.say("rita", "Jane Doe left a Google review");

        r.at(berlin(2026, 12, 1, 9, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).startsWith("The review on G2 you asked Jane Doe for a week ago hasn't"
                        + " come in. A friendly nudge helps: send the link again, https://www.g2.com/"))
                .noneMatch(t -> t.contains("review on Google you asked"));
        assertThat(withFields(r.say("rita", "contact Jane Doe"))).contains("review on Google received Mon 23 Nov")
                .contains("review on G2 asked Mon 23 Nov, waiting");
    }

    @Test
    void aNineBringsOneSuggestionAtATimeAndNoneForSomeoneWhoGaveOneThisYear(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Jane Doe at Acme");
        r.say("rita", "met Tom Lee at Globex");
        r.say("rita", "got testimonial from Tom Lee");
        r.say("rita", "csat Jane Doe 9");
        r.say("rita", "csat Tom Lee 10");
        r.say("rita", "win Jane Doe: a faster close"); // a second suggestion for Jane, the same week

        r.at(berlin(2026, 12, 1, 9, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .filteredOn(t -> t.contains("good experience with you")).singleElement().asString()
                .startsWith("Jane has had a good experience with you: a good moment to ask for a testimonial.");
    }

    @Test
    void aReferralMonthDayAsksAboutTheWorkDelivered(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Kim Lee at Kite");
        r.say("rita", "delivered the payroll migration for Kim Lee");
        r.say("rita", "referral month December");

        r.at(berlin(2026, 12, 1, 8, 0));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Referral month: Kim Lee (Kite) today.")
                        .contains("Then ask: \"Who else do you know who is wrestling with something like your payroll"
                                + " migration?"));
    }

    @Test
    void ownersAndConnectorsOpenTheReferralMonth(MongoDatabase db) {
        CoachRig r = rig(db, berlin(2026, 11, 23, 10, 0));
        r.say("rita", "met Ann Smith at Ledgerly");
        r.say("rita", "met Bo Park at Park Plumbing");
        r.say("rita", "met Zed Zane at Zane Bakery");
        r.say("rita", "Zed Zane owns a business");
        r.say("rita", "referral month December");

        r.at(berlin(2026, 12, 1, 8, 0));
        assertThat(last()).contains("Referral month: Zed Zane (Zane Bakery) today.");
    }
}
