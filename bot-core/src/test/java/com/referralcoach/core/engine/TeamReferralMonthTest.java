package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manager's referral month for a team: planned per rep, nobody twice, progress in the view and the digest. */
@ExtendWith(EmbeddedMongo.class)
class TeamReferralMonthTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkspaceId WS = new WorkspaceId("T1");
    private final TestClock clock = new TestClock(ZonedDateTime.of(2027, 2, 22, 9, 0, 0, 0, BERLIN).toInstant());
    private BotEngine engine;

    @BeforeEach
    void setUp(MongoDatabase db) {
        engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN, DigestRequests.NONE);
    }

    private String say(String rep, String name, String text) {
        return engine.handle(new IncomingMessage(WS, new RepId(rep), name, text, Optional.empty(),
                rep.equals("root"))).text();
    }

    private String ana(String text) {
        return say("ana", "Ana Lopez", text);
    }

    private String ben(String text) {
        return say("ben", "Ben Ode", text);
    }

    private String dana(String text) {
        return say("dana", "Dana Boss", text);
    }

    private void at(int month, int day, int hour) {
        clock.set(ZonedDateTime.of(2027, month, day, hour, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    void aManagerStartsItForTheTeamAndFollowsItInTheViewAndTheDigest() {
        ana("met Jane Doe at Acme about the rollout");
        ana("met Tom Lee at Globex about pricing");
        assertThat(ana("referral month March")).startsWith("Referral month March 2027: 2 people over 2 working days");
        ben("met Ann Smith at Initech about onboarding");
        say("cy", "Cy Young", "help");
        say("root", "Ada Admin", "make @dana a manager");
        dana("team East: @ana @ben @cy");

        assertThat(say("cy", "Cy Young", "team East referral month March"))
                .startsWith("Sorry, only managers and workspace admins can start a team's referral month");
        assertThat(dana("team East referral month March")).isEqualTo("Referral month March 2027 for team East: Ana"
                + " Lopez 2 people, Ben Ode 1 person. Each rep gets a few people a day: help first, then ask.\n"
                + "Not in it yet (no contacts logged): Cy Young.\n"
                + "\"team East referral month\" and the weekly digest show the progress.");
        assertThat(ana("referral month March")).startsWith("Your referral month March 2027 is under way with"
                + " everyone in it (2 people)");
        assertThat(ana("team East referral month")).isEqualTo("Team East's referral month March 2027: 0 of 3 people"
                + " asked so far.\n- Ana Lopez: 0 of 2 people asked\n- Ben Ode: 0 of 1 person asked");

        at(3, 2, 10);
        ana("asked Jane Doe - she'll think about it");
        ana("asked Jane Doe - got a referral");
        ben("asked Ann Smith - she'll think about it");
        ana("asked Pat Poe - she'll think about it"); // not in the campaign: no progress

        assertThat(ana("referral month")).startsWith("Referral month March 2027: 1 of 2 people asked so far.");
        assertThat(dana("referral month for team East")).isEqualTo("Team East's referral month March 2027: 2 of 3"
                + " people asked so far.\n- Ana Lopez: 1 of 2 people asked\n- Ben Ode: 1 of 1 person asked");
        at(3, 8, 9);
        assertThat(dana("digest East now")).contains("Referral month (March 2027): 2 of 3 people asked so far: Ana"
                + " Lopez 1/2, Ben Ode 1/1.");
        // The Monday after the month: the week of Mar 29-Apr 4 reached into March, so its final figure comes.
        at(4, 5, 9);
        assertThat(dana("digest East now")).contains("Referral month (March 2027, ended): 2 of 3 people asked: Ana"
                + " Lopez 1/2, Ben Ode 1/1.");
        at(4, 12, 9);
        assertThat(dana("digest East now")).doesNotContain("Referral month");
    }

    @Test
    void aTeamWithoutACampaignSaysHowToStartOne() {
        say("root", "Ada Admin", "make @dana a manager");
        ana("help");
        dana("team East: @ana");
        assertThat(ana("team East referral month")).startsWith("Team East has no referral month this month or next.");
        assertThat(dana("team West referral month March")).startsWith("There is no team West");
        assertThat(dana("team East referral month March")).startsWith("Nobody in team East has contacts logged");
    }
}
