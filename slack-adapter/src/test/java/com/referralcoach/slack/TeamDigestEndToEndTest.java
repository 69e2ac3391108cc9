package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.digest.DigestChart;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5 through Slack: an admin names a manager, the manager forms a team, its reps set goals and log a week in
 * their DMs, and "digest East now" posts the digest with its chart in the team's channel, over real Bolt in
 * Socket Mode, the real digest scheduler and the embedded store, on a clock set to the week in Berlin.
 */
@ExtendWith(EmbeddedMongo.class)
class TeamDigestEndToEndTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ADMIN = "U0ADA";
    private static final String DANA = "U0DANA";
    private static final String ANA = "U0ANA";
    private static final String BEN = "U0BEN";
    private static final String SALES_EAST = "C0EAST";

    private SlackRig rig;
    private SlackChat chat;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        rig = SlackRig.socketModeWithDigests(db);
        chat = new SlackChat(rig);
        person(ADMIN, "Ada Admin");
        person(DANA, "Dana Boss");
        person(ANA, "Ana Lopez");
        person(BEN, "Ben Ode");
        rig.api.userRoles(ADMIN, "is_admin");
        // Monday 16 November 2026, 09:00 in Berlin.
        rig.clock.set(ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, BERLIN).toInstant());
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void theManagersDigestLandsInTheTeamChannelWithEveryFigureAndTheChart() throws Exception {
        formTeamEastWithGoals();
        logTheWeek();
        rig.clock.set(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, BERLIN).toInstant());

        assertThat(chat.say(DANA, "digest East to <#" + SALES_EAST + "|sales-east> every monday 9:00"))
                .startsWith("Saved: team East's digest goes to #sales-east every Monday at 09:00 (Europe/Berlin)");
        assertThat(chat.say(DANA, "digest East now"))
                .startsWith("Referral digest for team East, week of Nov 16-22 (Europe/Berlin)")
                .endsWith("Posting it with the chart to #sales-east now.");

        FakeSlackApi.Call post = await().atMost(Duration.ofSeconds(20))
                .until(() -> chat.postsIn(SALES_EAST), posts -> !posts.isEmpty()).get(0);
        List<FakeSlackFiles.Shared> shared = await().atMost(Duration.ofSeconds(20))
                .until(() -> rig.api.files.sharedIn(SALES_EAST), files -> !files.isEmpty());
        assertThat(List.of(SeenInSlack.text(post), SeenInSlack.decoded(post.param("text")))).allSatisfy(digest ->
                assertThat(digest).startsWith("Referral digest for team East, week of Nov 16-22 (Europe/Berlin)")
                .contains("Team, week of Nov 16-22: 3 meetings, 2 asks (67% ask rate), 2 referrals, 1 of 2 new leads"
                        + " contacted within 1 working hour, 1 referrer update, 1 thank-you, 2 won ($17,000),"
                        + " 1 referral given, 0 testimonials. Goals: 2 of 4 referrals (month of November 2026):"
                        + " on track")
                .contains("- Ana Lopez: 2 meetings, 2 asks (100% ask rate), 2 referrals, 1 of 2 new leads"
                        + " contacted within 1 working hour, 1 referrer update, 1 thank-you, 1 won ($12,000),"
                        + " 0 referrals given, 0 testimonials. Goals: 2 of 3 asks (week of Nov 16-22): behind")
                .contains("- Ben Ode: 1 meeting, 0 asks (0% ask rate), 0 referrals, 0 referrer updates"
                        + ", 0 thank-yous, 1 won ($5,000), 1 referral"
                        + " given, 0 testimonials. Goals: 1 of 2 referrals given (week of Nov 16-22): behind")
                .contains("Won business (Nov 1-23 so far): 2, 1 from referrals (50%), 1 repeat (50%); $17,000 in all, 71%"
                        + " of it from referrals.")
                .contains("Best ask rate in the week of Nov 16-22: Ana Lopez (100%). Most referrals that week:"
                        + " Ana Lopez (2).")
                .contains("Waiting longest for a first contact, as of Nov 23: Amy Ng (Ana Lopez, since Nov 17).")
                .doesNotContain("Posting it"));

        FakeSlackApi.Call asked = rig.api.calls("files.getUploadURLExternal").get(0);
        assertThat(asked.param("filename")).startsWith("digest-").endsWith(".png");
        assertThat(shared).hasSize(1);
        byte[] chart = rig.api.files.uploaded(shared.get(0).fileId()).orElseThrow();
        assertThat(asked.param("length")).isEqualTo(String.valueOf(chart.length));
        assertThat(formatOf(chart)).isEqualToIgnoringCase("png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart));
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        assertThat(post.atNanos()).isLessThan(rig.api.calls("files.completeUploadExternal").get(0).atNanos());
        assertThat(chat.postsIn(SALES_EAST)).hasSize(1);
    }

    private void formTeamEastWithGoals() {
        chat.say(ANA, "help");
        chat.say(BEN, "help");
        chat.say(DANA, "help");
        assertThat(chat.say(ADMIN, "make <@" + DANA + "> a manager")).startsWith("Saved: Dana Boss is a manager");
        assertThat(chat.say(DANA, "team East: <@" + ANA + "> <@" + BEN + ">"))
                .startsWith("Saved: team East is Ana Lopez, Ben Ode. Manager: Dana Boss; weeks run in Europe/Berlin");
        assertThat(chat.say(DANA, "team East goal 4 referrals per month"))
                .startsWith("Saved: team East's goal is 4 referrals per month");
        assertThat(chat.say(ANA, "goal 3 asks per week")).startsWith("Saved: your goal is 3 asks per week");
        assertThat(chat.say(BEN, "goal 2 referrals given per week"))
                .startsWith("Saved: your goal is 2 referrals given per week");
    }

    private void logTheWeek() {
        chat.say(ANA, "met Jane Doe at Acme about the Q3 rollout");
        chat.say(ANA, "asked Jane Doe - she'll think about it");
        chat.say(ANA, "Jane Doe referred Tom Lee (Globex)");
        rig.clock.advance(Duration.ofMinutes(30));
        chat.say(ANA, "Tom Lee contacted");
        rig.clock.advance(Duration.ofDays(1));
        chat.say(ANA, "met Carl Cox at Initech");
        chat.say(ANA, "asked Carl Cox");
        chat.say(ANA, "Carl Cox referred Amy Ng");
        chat.say(BEN, "met Pat Poe at Hooli");
        assertThat(chat.say(BEN, "gave Ann Smith a referral: Carl Jones at Initech"))
                .contains("you gave Ann Smith a referral");
        rig.clock.advance(Duration.ofDays(1));
        chat.say(ANA, "updated Jane Doe");
        chat.say(ANA, "thanked Jane Doe - sent a gift card");
        rig.clock.advance(Duration.ofDays(1));
        assertThat(chat.say(ANA, "Tom Lee won $12k")).contains("Tom Lee");
        assertThat(chat.say(BEN, "closed $5k repeat business with Pat Poe"))
                .startsWith("Saved: you won $5,000 of repeat business");
    }

    private void person(String user, String name) {
        rig.api.userName(user, name);
        rig.api.userZone(user, BERLIN.getId());
    }

    private static String formatOf(byte[] image) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            return reader.getFormatName();
        }
    }
}
