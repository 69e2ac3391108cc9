package com.referralcoach.core.digest;

import com.referralcoach.core.ReferralCoachException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** The weekly team digest's chart: goal progress per rep above the team's weekly trend, as one PNG image. */
public final class DigestChart {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 900;
    private static final int HEADER_HEIGHT = 56;
    private static final int GOALS_HEIGHT = 474;

    private DigestChart() {
    }

    /**
     * Draws one small chart and throws it away, so the first real digest does not pay for loading the chart library
     * and the fonts (about half a second on a small machine). Safe to call from any thread, any number of times.
     */
    public static void warmUp() {
        png("warm-up", List.of(new GoalBar("-", "-", 1, 2)),
                List.of(new TrendPoint(java.time.LocalDate.EPOCH, 1, 1, 1)));
    }

    /**
     * Draws the digest titled {@code title} (user text, cut to fit) with {@code goals} on top and {@code trend}
     * below, and returns the PNG bytes of a {@link #WIDTH} x {@link #HEIGHT} image.
     */
    public static byte[] png(String title, List<GoalBar> goals, List<TrendPoint> trend) {
        List<GoalBar> goalBars = List.copyOf(Objects.requireNonNull(goals, "goals"));
        List<TrendPoint> weeks = List.copyOf(Objects.requireNonNull(trend, "trend"));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int trendTop = HEADER_HEIGHT + GOALS_HEIGHT;
            paintIn(g, 0, HEADER_HEIGHT, header -> Panels.header(header, WIDTH, HEADER_HEIGHT, title));
            paintIn(g, HEADER_HEIGHT, GOALS_HEIGHT, panel -> GoalPanel.paint(panel, WIDTH, GOALS_HEIGHT, goalBars));
            paintIn(g, trendTop, HEIGHT - trendTop, panel -> TrendPanel.paint(panel, WIDTH, HEIGHT - trendTop, weeks));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void paintIn(Graphics2D g, int top, int height, Consumer<Graphics2D> painter) {
        Graphics2D region = (Graphics2D) g.create(0, top, WIDTH, height);
        try {
            painter.accept(region);
        } finally {
            region.dispose();
        }
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new ReferralCoachException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new ReferralCoachException("could not encode the digest chart as PNG", e);
        }
        return png.toByteArray();
    }
}
