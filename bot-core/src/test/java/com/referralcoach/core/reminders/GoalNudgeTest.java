package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform.Sent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The midweek nudge on the real path (engine, MongoDB, Quartz firing the dispatcher on a test clock): Wednesday
 * morning in the rep's zone, only when behind, once a week, with the next best action from the rep's own week.
 */
@ExtendWith(EmbeddedMongo.class)
class GoalNudgeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private CoachRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    private static Instant at(ZoneId zone, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, zone).toInstant();
    }

    private List<Sent> nudges(String rep) {
        return rig.platform.sentTo(rep).stream().filter(s -> s.text().startsWith("Midweek check")).toList();
    }

    @Test
    void aRepBehindOnAsksHearsOnWednesdayMorningAboutTheMeetingThatIsAChance(MongoDatabase db) {
        rig = new CoachRig(db, at(BERLIN, 11, 23, 10, 0), BERLIN); // Monday
        assertThat(rig.say("rita", "goal 5 asks per week").text()).contains("Wednesday");
        rig.at(at(BERLIN, 11, 24, 16, 0));
        rig.say("rita", "meeting with Jane Doe at Acme tomorrow 2-3pm");

        rig.at(at(BERLIN, 11, 25, 7, 59));
        assertThat(nudges("rita")).isEmpty();
        rig.at(at(BERLIN, 11, 25, 8, 0));
        assertThat(nudges("rita")).singleElement().extracting(Sent::text).isEqualTo(
                "Midweek check: 0 of 5 asks this week, 2 would be on pace. Your meeting with Jane Doe (Acme) at"
                        + " 2:00 PM is a chance to ask.");

        rig.at(at(BERLIN, 11, 27, 18, 0));
        assertThat(nudges("rita")).hasSize(1);
        rig.at(at(BERLIN, 12, 2, 8, 0)); // a new week, still no asks: one more, about the meeting not followed up
        assertThat(nudges("rita")).hasSize(2).last().satisfies(s -> {
            assertThat(s.text()).contains("0 of 5 asks this week")
                    .contains("You met Jane Doe (Acme) on Wed 25 Nov and haven't asked yet");
            assertThat(s.message().actions()).extracting(SuggestedAction::message).containsExactly("asked Jane Doe - ");
        });
    }

    @Test
    void aRepWhoWorksMondayAndTuesdayOnlyHearsOnTuesdayMorning(MongoDatabase db) {
        rig = new CoachRig(db, at(BERLIN, 11, 23, 10, 0), BERLIN); // Monday
        rig.say("pia", "work days mon-tue");
        assertThat(rig.say("pia", "goal 4 asks per week").text()).contains("Tuesday morning");

        rig.at(at(BERLIN, 11, 24, 7, 59));
        assertThat(nudges("pia")).isEmpty();
        rig.at(at(BERLIN, 11, 24, 8, 0));
        assertThat(nudges("pia")).singleElement().extracting(Sent::text).asString()
                .startsWith("Midweek check: 0 of 4 asks this week");
        rig.at(at(BERLIN, 12, 1, 8, 0));
        assertThat(nudges("pia")).hasSize(2);
    }

    @Test
    void aRepOnTrackHearsNothingAndIsCheckedAgainNextWeek(MongoDatabase db) {
        rig = new CoachRig(db, at(BERLIN, 11, 23, 9, 0), BERLIN);
        rig.say("rita", "goal 4 asks per week");
        rig.say("rita", "met Jane Doe at Acme about the rollout");
        rig.say("rita", "asked Jane Doe - she'll think about it");
        rig.say("rita", "met Tom Lee at Globex about pricing");
        rig.say("rita", "asked Tom Lee - got a referral");

        rig.at(at(BERLIN, 11, 26, 12, 0));
        assertThat(nudges("rita")).isEmpty();
        rig.at(at(BERLIN, 12, 2, 8, 0));
        assertThat(nudges("rita")).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Midweek check: 0 of 4 asks this week, 2 would be on pace. \"who to ask\""
                    + " lists the people most likely to say yes right now.");
            assertThat(s.message().actions()).extracting(SuggestedAction::message).containsExactly("who to ask");
        });
    }

    @Test
    void theGoalFurthestBehindLeadsWithItsActionAndTheOthersAreNamed(MongoDatabase db) {
        rig = new CoachRig(db, at(BERLIN, 11, 9, 10, 0), BERLIN);
        rig.say("rita", "Jane Doe referred Tom Lee at Globex - needs CRM help");
        rig.at(at(BERLIN, 11, 10, 10, 0));
        rig.say("rita", "met Ann Lee at Initech about onboarding");
        rig.say("rita", "asked Ann Lee - she'll think about it");
        rig.say("rita", "met Bob Stone at Hooli about pricing");
        rig.say("rita", "asked Bob Stone - she'll think about it");
        rig.at(at(BERLIN, 11, 23, 10, 0));
        rig.say("rita", "goal 3 updates per week");
        rig.say("rita", "goal 5 asks per month"); // 4 from the day rita joined; 2 of 3 by now: behind, but less

        rig.at(at(BERLIN, 11, 25, 8, 0));
        Sent nudge = nudges("rita").get(0);
        assertThat(nudge.text()).isEqualTo("Midweek check: 0 of 3 referrer updates this week, 2 would be on pace."
                + " Jane Doe last heard about Tom Lee 15 days ago: a two-line update keeps them sending.\n"
                + "Also behind: asks. \"goals\" shows them all.");
        assertThat(nudge.message().actions()).extracting(SuggestedAction::message).containsExactly("updated Jane Doe");
    }

    @Test
    void theNudgeFollowsTheRepsZoneAndHoursAndStopsWithTheirGoals(MongoDatabase db) {
        rig = new CoachRig(db, at(NEW_YORK, 11, 23, 9, 0), BERLIN);
        rig.say("nina", "tz America/New_York");
        rig.say("nina", "working hours 9-17");
        rig.say("nina", "goal 5 referrals given per week");
        assertThat(rig.say("nina", "reminders").text()).contains("midweek check on your goals");

        rig.at(at(NEW_YORK, 11, 25, 8, 59));
        assertThat(nudges("nina")).isEmpty();
        rig.at(at(NEW_YORK, 11, 25, 9, 0));
        assertThat(nudges("nina")).singleElement().extracting(Sent::text).asString()
                .contains("0 of 5 referrals given this week").contains("who in your network could help them?");

        rig.say("nina", "remove goal referrals given");
        rig.at(at(NEW_YORK, 12, 3, 12, 0));
        assertThat(nudges("nina")).hasSize(1);
    }
}
