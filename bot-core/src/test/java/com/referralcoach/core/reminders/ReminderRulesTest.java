package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform.Sent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminder rules through the real path: engine, MongoDB, Quartz firing the dispatcher, on a test clock. */
@ExtendWith(EmbeddedMongo.class)
class ReminderRulesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private CoachRig rig;

    private CoachRig rig(MongoDatabase db, ZonedDateTime start) {
        rig = new CoachRig(db, start.toInstant(), start.getZone());
        return rig;
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    private static Instant berlin(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
    }

    @Test
    void theAskArrivesWhenTheMeetingEndsNotBefore(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "meeting with Jane Doe (Acme) ends 11:30am about the Q3 rollout");

        r.at(berlin(11, 23, 11, 29));
        assertThat(r.platform.sent()).isEmpty();

        r.at(berlin(11, 23, 11, 30));
        assertThat(r.platform.sentTo("rita")).singleElement().satisfies(sent -> {
            assertThat(sent.text()).contains("Your meeting with Jane Doe (Acme) about the Q3 rollout has ended")
                    .contains("something like your Q3 rollout");
            assertThat(sent.message().actions()).extracting(SuggestedAction::label)
                    .containsExactly("Asked", "Got a referral", "Not now", "Snooze 1 day");
        });
        r.after(Duration.ofHours(1));
        assertThat(r.platform.sent()).hasSize(1);
    }

    @Test
    void aMeetingEndingAfterHoursIsAskedAboutAtTheNextStart(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 27, 17, 0, 0, 0, BERLIN)); // a Friday
        r.say("rita", "meeting with Jane Doe today 7-8:30pm");

        r.at(berlin(11, 30, 7, 59)); // Monday
        assertThat(r.platform.sent()).isEmpty();
        r.at(berlin(11, 30, 8, 0));
        assertThat(r.platform.sentTo("rita")).hasSize(1);
    }

    @Test
    void workingHoursAndDaysAreTheRepsOwn(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 27, 17, 0, 0, 0, BERLIN));
        r.say("rita", "working hours 0-24");
        r.say("rita", "work days mon-sun");
        r.say("rita", "meeting with Jane Doe tomorrow 10-11pm");

        r.at(berlin(11, 28, 23, 0)); // Saturday night
        assertThat(r.platform.sentTo("rita")).hasSize(1);
    }

    @Test
    void aSnoozedReminderComesBackLaterOnce(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "meeting with Jane Doe ends 11am");
        r.at(berlin(11, 23, 11, 0));
        assertThat(r.platform.sent()).hasSize(1);

        assertThat(r.say("rita", "snooze 2h").text()).contains("comes back today 1:00 PM");
        r.at(berlin(11, 23, 12, 59));
        assertThat(r.platform.sent()).hasSize(1);
        r.at(berlin(11, 23, 13, 0));
        assertThat(r.platform.sent()).hasSize(2);
        r.after(Duration.ofDays(1));
        assertThat(r.platform.sent()).hasSize(2);
    }

    @Test
    void remindMeTomorrowMeansTheNextWorkingMorning(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, BERLIN)); // Friday
        r.say("rita", "meeting with Jane Doe ends 11am");
        r.at(berlin(11, 27, 11, 0));

        assertThat(r.say("rita", "remind me tomorrow").text()).contains("Mon 30 Nov 8:00 AM");
        r.at(berlin(11, 30, 8, 0));
        assertThat(r.platform.sent()).hasSize(2);
    }

    @Test
    void aRecentNoHoldsTheAskAndSaysWhy(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "Jane Doe not comfortable");
        r.say("rita", "meeting with Jane Doe ends 11am");

        r.at(berlin(11, 23, 11, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("No ask for Jane Doe this time").doesNotContain("Would you introduce me");
    }

    @Test
    void aNewLeadIsNudgedAfterAWorkingHourThenADayAndTheManagerHears(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 18, 30, 0, 0, BERLIN));
        r.say("rita", "my manager is <@dana>");
        r.say("rita", "Jane Doe referred Tom Lee at Globex");

        r.at(berlin(11, 24, 8, 29));
        assertThat(r.platform.sent()).extracting(Sent::text).noneMatch(t -> t.contains("still waiting"));
        r.at(berlin(11, 24, 8, 30));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("Tom Lee").contains("still waiting").contains("an hour"));

        r.at(berlin(11, 24, 18, 30));
        assertThat(r.platform.sentTo("rita")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("after a working day"));
        r.settle();
        assertThat(r.platform.sentTo("dana")).singleElement().extracting(Sent::text).asString()
                .contains("rita's referred lead Tom Lee").contains("has not been contacted");
    }

    @Test
    void aContactedLeadIsNotNudged(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "my manager is @dana");
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee contacted");
        r.say("rita", "thanked Jane Doe");

        r.at(berlin(11, 25, 12, 0));
        assertThat(r.platform.sent()).isEmpty();
    }

    @Test
    void theReferrerIsThankedUntilTheRepSaysSo(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee contacted");

        r.at(berlin(11, 24, 8, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("Thank Jane Doe for introducing Tom Lee");
        r.say("rita", "thanked Jane Doe");
        r.at(berlin(11, 24, 12, 0));
        r.say("rita", "Tom Lee won 5000");

        r.at(berlin(11, 25, 8, 0));
        assertThat(r.platform.sentTo("rita")).last().extracting(Sent::text).asString()
                .contains("Tom Lee signed: tell Jane Doe and thank them");
    }

    @Test
    void aLeadThatSignsBeforeTheThankYouBringsOneThankYouNotTwo(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee contacted");
        r.say("rita", "Tom Lee won 5000");

        assertThat(r.say("rita", "reminders").text()).containsOnlyOnce("thank Jane Doe")
                .doesNotContain("contact your new lead");
        r.at(berlin(11, 24, 12, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("Tom Lee signed: tell Jane Doe and thank them");
    }

    @Test
    void theListShowsWhenAReminderWillComeAfterTheHoursChanged(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "meeting with Jane Doe ends 6pm");
        assertThat(r.say("rita", "reminders").text()).contains("1. today 6:00 PM · ask Jane Doe for a referral");

        r.say("rita", "working hours 9-17");
        assertThat(r.say("rita", "reminders").text()).contains("1. tomorrow 9:00 AM · ask Jane Doe for a referral");
        r.at(berlin(11, 24, 9, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("Your meeting with Jane Doe");
    }

    @Test
    void theListShowsOnlyWhatWillStillCome(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        assertThat(r.say("rita", "reminders").text()).contains("contact your new lead Tom Lee")
                .contains("thank Jane Doe").contains("update Jane Doe");

        r.say("rita", "Tom Lee contacted");
        r.say("rita", "thanked Jane Doe");
        r.say("rita", "updated Jane Doe");
        assertThat(r.say("rita", "reminders").text()).doesNotContain("contact your new lead")
                .doesNotContain("thank Jane Doe").containsOnlyOnce("update Jane Doe on their referral")
                .contains("Mon 7 Dec");

        r.say("rita", "Tom Lee lost");
        assertThat(r.say("rita", "reminders").text()).startsWith("No reminders coming");
        r.at(berlin(12, 8, 12, 0));
        assertThat(r.platform.sent()).isEmpty();
    }

    @Test
    void theManagersNoteAboutAWaitingLeadIsWithdrawnOnceTheLeadIsContacted(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, BERLIN));
        r.say("dana", "tz Asia/Tokyo");
        r.say("rita", "my manager is <@dana>");
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.at(berlin(11, 24, 18, 10)); // a working day later: 02:10 in Tokyo, so Dana hears in her morning
        assertThat(r.say("dana", "reminders").text()).contains("Tom Lee");

        r.say("rita", "Tom Lee contacted");
        assertThat(r.say("dana", "reminders").text()).doesNotContain("Tom Lee");
    }

    @Test
    void aReferrerWhoHeardNothingForTwoWeeksIsUpdated(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee contacted");
        r.say("rita", "thanked Jane Doe");
        r.at(berlin(12, 1, 10, 0));
        r.say("rita", "updated Jane Doe");

        r.at(berlin(12, 7, 10, 0)); // 14 days after the referral, but only 6 after the update
        assertThat(r.platform.sent()).isEmpty();
        r.at(berlin(12, 15, 10, 0)); // 14 days after the update
        assertThat(r.platform.sentTo("rita")).singleElement().satisfies(sent -> {
            assertThat(sent.text()).contains("Jane Doe hasn't heard about Tom Lee for two weeks");
            assertThat(sent.message().fields()).extracting(f -> f.value())
                    .anySatisfy(v -> assertThat(v).startsWith("Hi Jane, quick update on Tom Lee"));
        });
    }

    @Test
    void remindersAreListedInTheRepsZoneAndCanBeCancelled(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN));
        r.say("rita", "meeting with Jane Doe ends 3pm");
        r.say("rita", "meeting with Ann Lee ends 4pm");

        assertThat(r.say("rita", "reminders").text()).contains("1. today 3:00 PM · ask Jane Doe for a referral")
                .contains("2. today 4:00 PM · ask Ann Lee for a referral");
        assertThat(r.say("rita", "cancel reminder 1").text()).contains("Cancelled: ask Jane Doe for a referral");
        r.at(berlin(11, 23, 16, 0));
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString().contains("Ann Lee");
    }

    @Test
    void aThankYouAcrossTheSpringChangeComesAtEightOnMondayBerlinTime(MongoDatabase db) {
        CoachRig r = rig(db, ZonedDateTime.of(2026, 3, 27, 18, 30, 0, 0, BERLIN)); // Friday before the change
        r.say("rita", "Jane Doe referred Tom Lee at Globex");
        r.say("rita", "Tom Lee contacted");

        Instant mondayEight = ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, BERLIN).toInstant();
        assertThat(mondayEight).isEqualTo(Instant.parse("2026-03-30T06:00:00Z")); // CEST now, not CET
        r.at(mondayEight.minusSeconds(60));
        assertThat(r.platform.sent()).isEmpty();
        r.at(mondayEight);
        assertThat(r.platform.sentTo("rita")).singleElement().extracting(Sent::text).asString()
                .contains("Thank Jane Doe for introducing Tom Lee");
        r.after(Duration.ofHours(6));
        assertThat(r.platform.sent()).hasSize(1);
    }

    @Test
    void aMeetingEndingInTheRepeatedNewYorkHourIsAskedAboutOnce(MongoDatabase db) {
        ZoneId newYork = ZoneId.of("America/New_York");
        CoachRig r = rig(db, ZonedDateTime.of(2026, 10, 31, 22, 0, 0, 0, newYork));
        r.say("rita", "working hours 0-24");
        r.say("rita", "work days mon-sun");
        r.say("rita", "meeting with Jane Doe tomorrow 12:30-1:30am"); // 1:30 EDT, before the clocks go back

        Instant end = Instant.parse("2026-11-01T05:30:00Z");
        r.at(end.minusSeconds(60));
        assertThat(r.platform.sent()).isEmpty();
        r.at(end);
        assertThat(r.platform.sentTo("rita")).hasSize(1);
        r.after(Duration.ofHours(3)); // through the repeated hour, 1:30 EST comes again
        assertThat(r.platform.sentTo("rita")).hasSize(1);
    }
}
