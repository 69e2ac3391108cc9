package com.referralcoach.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals, a team, its referral month and its digest with the chart, through the built jar's terminal chat. */
class GoalsDigestTerminalIT {
    @TempDir
    Path data;

    /**
     * Run on a Saturday (no work day of the week left: the goals count from Monday) and on a Wednesday (the week's
     * targets prorated to the three work days left), whatever day the suite itself runs on.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-05T10:00:00Z|- 1 ask so far this week (Nov 30-Dec 6); your goal of 3 a week counts from Monday 7 Dec"
                    + "|- 1 referral given so far this week (Nov 30-Dec 6); your goal of 2 a week counts from Monday 7 Dec",
            "2026-11-25T10:00:00Z|- 1 of 2 asks (week of Nov 23-29; 3 prorated, joined mid-week): on track"
                    + "|- 1 of 2 referrals given (week of Nov 23-29): on track"})
    void aManagerSetsGoalsFormsATeamAndGetsTheDigestWithItsChart(String today, String asks, String given)
            throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TZ", "Europe/Berlin",
                "REFERRAL_COACH_TEST_CLOCK", today))) {
            bot.await("Referral Coach is ready");
            bot.exchange("goal 3 asks per week", "Saved: your goal is 3 asks per week");
            bot.exchange("goal 2 referrals given per week", "Saved: your goal is 2 referrals given per week");
            bot.exchange("make @me a manager", "is a manager");
            bot.exchange("team East: @me @ben", "Saved: team East is");
            bot.exchange("team East goal 4 referrals per month", "Saved: team East's goal is 4 referrals per month");
            bot.exchange("met Jane Doe at Acme about the Q3 rollout", "Ask Jane");
            bot.exchange("asked Jane Doe - she'll think about it", "Saved");
            String next = YearMonth.from(Instant.parse(today).atZone(ZoneId.of("Europe/Berlin"))).plusMonths(1).getMonth()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            bot.exchange("team East referral month " + next, "for team East: ");
            bot.exchange("team East referral month", "Team East's referral month " + next);
            bot.await("0 of 1 person asked");
            bot.exchange("Jane Doe referred Tom Lee (Globex)", "Tom Lee");
            bot.exchange("Tom Lee contacted", "Tom Lee");
            bot.exchange("gave Ann Smith a referral: Carl Jones at Initech", "you gave Ann Smith a referral");
            bot.exchange("closed $5k repeat business with Jane Doe", "Saved: you won $5,000 of repeat business");
            bot.send("goals");
            bot.await(line -> line.equals(asks), Duration.ofSeconds(30));
            bot.await(line -> line.equals(given), Duration.ofSeconds(30));
            bot.exchange("digest East to #sales-east every monday 9:00", "Saved: team East's digest goes to #sales-east");
            bot.exchange("digest East now", "Referral digest for team East, week of");
            bot.await("Posting it with the chart to #sales-east now.");
            bot.await("Posted to #sales-east");
            bot.await("Chart saved: ");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
        List<Path> charts;
        try (Stream<Path> files = Files.list(data.resolve("digests"))) {
            charts = files.filter(p -> p.toString().endsWith(".png")).toList();
        }
        assertThat(charts).hasSize(1);
        BufferedImage chart = ImageIO.read(charts.get(0).toFile());
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(900);
    }
}
