package com.referralcoach.core.schedule.quartz;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Weekly digests on real Quartz with an injected clock: cron in the team's zone, posted once, missed ones too. */
@ExtendWith(EmbeddedMongo.class)
class DigestSchedulerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final WorkspaceId WS = new WorkspaceId("T1");
    // Friday 20 November 2026, 15:00 in New York.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 20, 15, 0, 0, 0, NEW_YORK).toInstant());
    private CoachStore store;
    private RecordingPlatform platform;
    private DigestScheduler scheduler;

    @BeforeEach
    void setUp(MongoDatabase db) {
        store = MongoCoachStore.open(db, clock);
        platform = new RecordingPlatform(clock);
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, NEW_YORK);
        say(engine, "root", true, "make @dana a manager");
        say(engine, "dana", false, "team East: @ana @ben");
        say(engine, "ana", false, "met Jane Doe at Acme");
        say(engine, "dana", false, "digest East to <#C0EAST|sales-east> every monday 9:00");
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private static void say(BotEngine engine, String rep, boolean admin, String text) {
        engine.handle(new IncomingMessage(WS, new RepId(rep), rep, text, Optional.empty(), admin));
    }

    private DigestScheduler start() {
        return DigestScheduler.start(store.teams(), store.digests(), DigestDesk.over(store, platform, clock),
                Duration.ofMillis(50));
    }

    @Test
    void eachTeamGetsACronTriggerInItsOwnZone() throws java.text.ParseException {
        scheduler = start();

        await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.triggerOf(WS, "east").isPresent());
        CronTrigger trigger = scheduler.triggerOf(WS, "east").orElseThrow();
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 ? * MON");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("America/New_York");
        CronExpression cron = new CronExpression(trigger.getCronExpression());
        cron.setTimeZone(trigger.getTimeZone());
        Date next = cron.getNextValidTimeAfter(Date.from(clock.instant()));
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(platform.posted()).isEmpty();
    }

    @Test
    void aDigestMissedWhileTheBotWasDownIsPostedOnceWhenItComesBackTheSameWeek() throws IOException {
        clock.set(ZonedDateTime.of(2026, 11, 23, 11, 30, 0, 0, NEW_YORK).toInstant());
        scheduler = start();

        await().atMost(Duration.ofSeconds(10)).until(() -> platform.posted().size() == 1);
        RecordingPlatform.Posted post = platform.posted().get(0);
        assertThat(post.channel().id()).isEqualTo("C0EAST");
        assertThat(post.text()).startsWith("Referral digest for team East, week of Nov 16-22 (America/New_York)")
                .contains("- ana: 1 meeting, 0 asks (0% ask rate)").contains("- @ben: 0 meetings, 0 asks (no meeting ended)");
        assertThat(post.attachments()).hasSize(1);
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(post.attachments().get(0).bytes()));
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(900);

        scheduler.close();
        scheduler = start();
        DigestScheduler restarted = scheduler;
        await().atMost(Duration.ofSeconds(10)).until(() -> restarted.completedSyncs() >= 3);
        assertThat(platform.posted()).hasSize(1);

        clock.set(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, NEW_YORK).toInstant());
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.posted().size() == 2);
        assertThat(platform.posted().get(1).text()).contains("week of Nov 23-29");
    }

    @Test
    void aDigestClaimedByAProcessThatStoppedBeforePostingIsPostedOnceItsClaimRunsOut() {
        clock.set(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, NEW_YORK).toInstant());
        // Another process on the store claimed this week's digest, then stopped before posting it.
        assertThat(store.digests().claim(WS, "east", java.time.LocalDate.of(2026, 11, 23), clock.instant(),
                Duration.ofMinutes(15))).isTrue();
        scheduler = start();
        DigestScheduler running = scheduler;
        await().atMost(Duration.ofSeconds(10)).until(() -> running.completedSyncs() >= 3);
        assertThat(platform.posted()).as("its claim still holds").isEmpty();

        clock.advance(Duration.ofMinutes(16));
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.posted().size() == 1);
        assertThat(platform.posted().get(0).text()).startsWith("Referral digest for team East, week of Nov 16-22");
        long syncs = running.completedSyncs();
        clock.advance(Duration.ofMinutes(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> running.completedSyncs() >= syncs + 3);
        assertThat(platform.posted()).as("posted, so never again").hasSize(1);
    }

    @Test
    void aChannelTheBotIsNotInIsToldToTheManagerOnceAndTheDigestGoesOutOnceInvited() {
        platform.leaveChannel("C0EAST");
        clock.set(ZonedDateTime.of(2026, 11, 23, 9, 5, 0, 0, NEW_YORK).toInstant());
        scheduler = start();

        await().atMost(Duration.ofSeconds(10)).until(() -> !platform.sentTo("dana").isEmpty());
        assertThat(platform.sentTo("dana").get(0).text()).isEqualTo("I couldn't post team East's digest to"
                + " #sales-east: I'm not a member of #sales-east. Invite @Referral Coach to #sales-east, then say"
                + " \"digest East now\".");
        DigestScheduler started = scheduler;
        long syncs = started.completedSyncs();
        await().atMost(Duration.ofSeconds(10)).until(() -> started.completedSyncs() >= syncs + 3);
        assertThat(platform.sentTo("dana")).as("told once, not at every retry").hasSize(1);
        assertThat(platform.posted()).isEmpty();

        platform.joinChannel("C0EAST");
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.posted().size() == 1);
        assertThat(platform.posted().get(0).text()).startsWith("Referral digest for team East");
    }

    @Test
    void aDigestMissedLastWeekIsNotPostedLateNorOneDueBeforeTheScheduleWasSet() {
        scheduler = start();
        DigestScheduler started = scheduler;
        await().atMost(Duration.ofSeconds(10)).until(() -> started.completedSyncs() >= 3);
        assertThat(platform.posted()).as("Monday 9:00 had passed when the schedule was set on Friday").isEmpty();
        scheduler.close();

        clock.set(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, NEW_YORK).toInstant());
        scheduler = start();
        DigestScheduler restarted = scheduler;
        await().atMost(Duration.ofSeconds(10)).until(() -> restarted.completedSyncs() >= 3);
        assertThat(platform.posted()).as("the week of Nov 23 was missed entirely").isEmpty();

        clock.set(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, NEW_YORK).toInstant());
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.posted().size() == 1);
        assertThat(platform.posted().get(0).text()).contains("week of Nov 23-29");
    }
}
