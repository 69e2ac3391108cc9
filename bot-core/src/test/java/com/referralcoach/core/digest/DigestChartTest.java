package com.referralcoach.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DigestChartTest {
    private static final LocalDate FIRST_WEEK = LocalDate.of(2025, 9, 1);

    @Test
    void drawsGoalsAndTrendIntoOneImageOfTheAdvertisedSize() {
        BufferedImage image = decode("usual", DigestChart.png("Team West - week of Nov 17", List.of(
                new GoalBar("Ana Lopez", "asks/week", 3, 5),
                new GoalBar("Ben Okafor", "referrals/month", 9, 6),
                new GoalBar("Chen Wei", "meetings/week", 0, 4)), weeks(12, 7)));

        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        assertThat(distinctColours(image)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void saysSoWhenNoGoalsAreSetAndEveryWeekIsZero() {
        BufferedImage image = decode("empty", DigestChart.png("Quiet team", List.of(),
                IntStream.range(0, 12).mapToObj(i -> new TrendPoint(FIRST_WEEK.plusWeeks(i), 0, 0, 0)).toList()));

        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        assertThat(distinctColours(image)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void drawsNoWeeksAtAll() {
        BufferedImage image = decode("no-weeks", DigestChart.png("", List.of(new GoalBar("Ana", "asks", 1, 2)),
                List.of()));

        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
    }

    @Test
    void keepsAHundredRepsReadableByShowingTheFurthestBehind() {
        List<GoalBar> goals = IntStream.range(0, 100)
                .mapToObj(i -> new GoalBar("Rep number " + i, "asks/week", i % 9, 5))
                .toList();

        BufferedImage image = decode("hundred", DigestChart.png("Big team", goals, weeks(52, 400)));

        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        assertThat(distinctColours(image)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void drawsHostileNamesAndTitlesWithoutThrowing() {
        String longName = "Maximilian-Alexander ".repeat(40);
        List<GoalBar> goals = List.of(
                new GoalBar(longName, longName, 2, 3),
                new GoalBar("Zoë 😀👩‍👩‍👧 Smith", "asks 🚀/week", 1, 3),
                new GoalBar("מרים כהן", "הפניות לשבוע", 5, 3),
                new GoalBar("فاطمة الزهراء", "\u202Eevil\u202C override", 0, 1),
                new GoalBar("line\nbreak\ttab\u0000nul", "\uD800 lone surrogate", 1, 1),
                new GoalBar("", "", 1_000_000, 1),
                new GoalBar(null, null, 0, 10_000),
                new GoalBar("Zoë 😀👩‍👩‍👧 Smith", "asks 🚀/week", 1, 3));

        for (String title : new String[] {null, "", "🎯".repeat(500), "צוות צפון\u202E – digest", longName,
                "<b>&amp;</b> %s %n {0}"}) {
            BufferedImage image = decode("hostile", DigestChart.png(title, goals, weeks(3, 2)));

            assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
            assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        }
    }

    @Test
    void fitsLabelsWithoutSplittingCharacters() {
        assertThat(LabelText.fit("Ana Lopez", 22)).isEqualTo("Ana Lopez");
        assertThat(LabelText.fit("a".repeat(30), 10)).isEqualTo("a".repeat(9) + "\u2026");
        assertThat(LabelText.fit("😀".repeat(30), 5)).isEqualTo("😀".repeat(4) + "\u2026");
        assertThat(LabelText.fit(" two\n lines \u202E", 22)).isEqualTo("two lines");
    }

    @Test
    void labelsEachBarWithRepGoalAndCounts() {
        assertThat(GoalPanel.label(new GoalBar("Ana Lopez", "asks/week", 3, 5)))
                .isEqualTo("Ana Lopez - asks/week (3/5)");
        assertThat(GoalPanel.label(new GoalBar(" ", "asks/week", 0, 5))).isEqualTo("(unnamed) - asks/week (0/5)");
    }

    private static List<TrendPoint> weeks(int count, long base) {
        return IntStream.range(0, count)
                .mapToObj(i -> new TrendPoint(FIRST_WEEK.plusWeeks(i), base + i % 4, base / 2 + i % 3, base / 3))
                .toList();
    }

    private static BufferedImage decode(String name, byte[] png) {
        try {
            Path out = Path.of("target", "digest-charts");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".png"), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG that ImageIO can read").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
