package com.referralcoach.core.engine;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals, teams, roles and the digest through the engine, over the embedded store, with a week of activity. */
@ExtendWith(EmbeddedMongo.class)
class TeamDigestTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkspaceId WS = new WorkspaceId("T1");
    // Monday 16 November 2026, 09:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, BERLIN).toInstant());
    private BotEngine engine;

    @BeforeEach
    void setUp(MongoDatabase db) {
        engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN, DigestRequests.NONE);
    }

    private String say(String rep, String name, boolean admin, String text) {
        return engine.handle(new IncomingMessage(WS, new RepId(rep), name, text, Optional.empty(), admin)).text();
    }

    private String ana(String text) {
        return say("ana", "Ana Lopez", false, text);
    }

    private String ben(String text) {
        return say("ben", "Ben Ode", false, text);
    }

    private String dana(String text) {
        return say("dana", "Dana Boss", false, text);
    }

    private void formTeam() {
        ana("help");
        ben("help");
        assertThat(say("root", "Ada Admin", true, "make @dana a manager")).startsWith("Saved: @dana is a manager");
        assertThat(dana("team East: @ana @ben")).startsWith("Saved: team East is");
    }

    @Test
    void onlyAdminsNameManagersAndOnlyManagersChangeTeamsGoalsAndDigests() {
        assertThat(ana("make @ana a manager")).contains("only a workspace admin can make someone a manager");
        formTeam();
        String[] managerOnly = {"team East: @ana", "add @ana to team East", "remove @ben from team East",
            "manager of East: @ana", "team East tz Europe/Paris", "team East goal 20 referrals per month",
            "team East remove goal referrals", "digest East to #sales-east every monday 9:00", "stop digest East",
            "digest East now", "team East referral month March"};
        for (String message : managerOnly) {
            assertThat(ana(message)).as(message).startsWith("Sorry, only managers and workspace admins can")
                    .contains("East's manager is Dana Boss");
        }
        assertThat(ana("teams")).contains("Team East (Europe/Berlin): Ana Lopez, Ben Ode; manager Dana Boss");
        assertThat(dana("team East goal 20 referrals per month")).startsWith("Saved: team East's goal is 20 referrals");
        assertThat(say("root", "Ada Admin", true, "remove @dana as manager")).contains("is no longer a manager");
        assertThat(dana("team East goal 5 referrals per month")).startsWith("Sorry, only managers");
    }

    @Test
    void aGoalSetAfterThePeriodTheDigestCoversIsNotCountedAgainstIt() {
        formTeam();
        clock.advance(Duration.ofDays(15)); // Tuesday 1 December: the digest covers Nov 23-29 and November
        dana("team East goal 20 referrals per month");
        ana("goal 5 asks per week");

        assertThat(dana("digest East now"))
                .contains("Goals: 0 of 20 referrals (month of November 2026): not counted: set after it ended")
                .contains("0 of 5 asks (week of Nov 23-29): not counted: set after it ended")
                .doesNotContain("behind");
        assertThat(ana("goals")).contains("0 of 5 asks (week of Nov 30-Dec 6): behind");
    }

    @Test
    void aRepSeesGoalProgressForTheCurrentPeriod() {
        assertThat(ana("goal 5 asks per week")).startsWith("Saved: your goal is 5 asks per week. \"goals\" shows how"
                + " you're doing, and if you fall behind I'll say so on Wednesday morning, with the next best step.");
        ana("met Jane Doe at Acme");
        ana("asked Jane Doe - she'll think about it");
        clock.advance(Duration.ofDays(2));

        assertThat(ana("goals")).contains("1 of 5 asks (week of Nov 16-22): behind");
        assertThat(ana("goal 0 asks per week")).isEqualTo("Removed your asks goal.");
        assertThat(ana("goals")).startsWith("You have no goals yet");
    }

    @Test
    void theDigestCountsEveryFigureOfTheWeekAgainstItsGoals() {
        formTeam();
        dana("team East goal 4 referrals per month");
        ana("goal 3 asks per week");
        ben("goal 2 referrals given per week");

        ana("met Jane Doe at Acme about the Q3 rollout");
        ana("asked Jane Doe - she'll think about it");
        ana("Jane Doe referred Tom Lee (Globex)");
        clock.advance(Duration.ofMinutes(30));
        ana("Tom Lee contacted");
        clock.advance(Duration.ofDays(1));
        ana("met Carl Cox at Initech");
        ana("asked Carl Cox");
        ana("Carl Cox referred Amy Ng");
        ben("met Pat Poe at Hooli");
        ben("gave Ann Smith a referral: Carl Jones at Initech");
        clock.advance(Duration.ofDays(1));
        ana("updated Jane Doe");
        ana("thanked Jane Doe - sent a gift card");
        clock.advance(Duration.ofDays(1));
        ana("Tom Lee won $12k");
        ben("closed $5k repeat business with Pat Poe");
        clock.set(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, BERLIN).toInstant());

        assertThat(ben("digest East now")).startsWith("Sorry, only managers");
        String digest = dana("digest East now");

        assertThat(digest).startsWith("Referral digest for team East, week of Nov 16-22 (Europe/Berlin)")
                .contains("Team, week of Nov 16-22: 3 meetings, 2 asks (67% ask rate), 2 referrals, 1 of 2 new leads"
                        + " contacted within 1 working hour, 1 referrer update, 1 thank-you, 2 won ($17,000), 1 referral"
                        + " given, 0 testimonials. Goals: 2 of 4 referrals (month of November 2026): on track")
                .contains("- Ana Lopez: 2 meetings, 2 asks (100% ask rate), 2 referrals, 1 of 2 new leads contacted"
                        + " within 1 working hour, 1 referrer update, 1 thank-you, 1 won ($12,000), 0 referrals"
                        + " given, 0 testimonials. Goals: 2 of 3 asks (week of Nov 16-22): behind")
                .contains("- Ben Ode: 1 meeting, 0 asks (0% ask rate), 0 referrals, 0 referrer updates"
                        + ", 0 thank-yous, 1 won ($5,000), 1 referral given,"
                        + " 0 testimonials. Goals: 1 of 2 referrals given (week of Nov 16-22): behind")
                .contains("Won business (Nov 1-23 so far): 2, 1 from referrals (50%), 1 repeat (50%); $17,000 in all, 71% of it"
                        + " from referrals.")
                .contains("Best ask rate in the week of Nov 16-22: Ana Lopez (100%). Most referrals that week:"
                        + " Ana Lopez (2).")
                .contains("Waiting longest for a first contact, as of Nov 23: Amy Ng (Ana Lopez, since Nov 17).")
                .contains("To post it with a chart every week");
    }

    private static java.time.Instant berlin(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, BERLIN).toInstant();
    }

    @Test
    void aDigestOnTheFifthOfDecemberNamesThePeriodOfEveryFigure() {
        formTeam();
        dana("team East goal 4 referrals per month");
        clock.set(berlin(11, 20, 10));
        ben("closed $5k repeat business with Pat Poe");
        clock.set(berlin(11, 25, 10));
        ana("met Jane Doe at Acme");
        ana("Jane Doe referred Tom Lee (Globex)");
        clock.set(berlin(12, 2, 10));
        ana("Carl Cox referred Amy Ng");
        clock.set(berlin(12, 5, 10)); // a Saturday: the deals are logged today
        ana("Tom Lee won $12k");
        ben("closed $3k repeat business with Pat Poe");

        assertThat(dana("digest East now"))
                .startsWith("Referral digest for team East, week of Nov 23-29 (Europe/Berlin)")
                .contains("Team, week of Nov 23-29: 1 meeting, 0 asks")
                .contains("Goals: 1 of 4 referrals (month of November 2026): behind")
                .contains("Won business (November 2026): 1, 0 from referrals (0%), 1 repeat (100%); $5,000 in all, 0% of it from"
                        + " referrals.")
                .contains("Won business (Dec 1-5 so far): 2, 1 from referrals (50%), 1 repeat (50%); $15,000 in all, 80% of it from"
                        + " referrals.")
                .contains("Best ask rate in the week of Nov 23-29: Ana Lopez (0%). Most referrals that week:"
                        + " Ana Lopez (1).")
                .contains("Waiting longest for a first contact, as of Dec 5: Amy Ng (Ana Lopez, since Dec 2).")
                .doesNotContain("this week").doesNotContain("November 2026 so far");
    }

    @Test
    void onTheFirstOfAMonthTheMonthJustEndedIsWholeAndTheNewOneHasJustBegun() {
        formTeam();
        clock.set(berlin(11, 30, 16)); // after the week Nov 23-29, still in November
        ben("closed $5k repeat business with Pat Poe");

        clock.set(berlin(12, 1, 9));
        assertThat(dana("digest East now")).contains("week of Nov 23-29").contains("0 won,")
                .contains("Won business (November 2026): 1, 0 from referrals (0%), 1 repeat (100%); $5,000 in all")
                .contains("Won business (Dec 1 so far): 0.");
        clock.set(berlin(12, 7, 9));
        assertThat(dana("digest East now")).contains("week of Nov 30-Dec 6").contains("1 won ($5,000)")
                .contains("Won business (November 2026): 1,").contains("Won business (Dec 1-7 so far): 0.");
        clock.set(berlin(12, 14, 9));
        assertThat(dana("digest East now")).contains("week of Dec 7-13").contains("Won business (Dec 1-14 so far): 0.")
                .doesNotContain("November");
    }

    @Test
    void teamCommandsWithBadInputGetClearRepliesAndChangeNothing() {
        formTeam();
        assertThat(dana("team East: ana ben")).contains("'ana' is not a mention");
        assertThat(dana("digest East to sales every monday 9:00")).contains("Name the channel with #");
        assertThat(dana("digest East to #sales every blursday 9:00")).contains("'blursday' is not a day");
        assertThat(dana("digest East to #sales every monday 25:00")).contains("no 25:00 on a clock");
        assertThat(dana("digest West now")).contains("There is no team West");
        assertThat(dana("goal 5 unicorns per week")).contains("I can't count 'unicorns'");
        assertThat(dana("goal 5 asks")).contains("Per week or per month?");
        assertThat(dana("team East tz Mars/Olympus")).contains("I don't know the time zone");
        assertThat(dana("team {\"$gt\": \"\"}: @ana")).contains("nothing was saved");
        assertThat(dana("team $where: @ana")).contains("nothing was saved");
        assertThat(ana("teams")).isEqualTo("Team East (Europe/Berlin): Ana Lopez, Ben Ode; manager Dana Boss; no digest");
    }
}
