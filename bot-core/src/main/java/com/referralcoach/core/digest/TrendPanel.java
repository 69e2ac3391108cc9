package com.referralcoach.core.digest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/** The bottom panel: the team's asks, referrals and meetings per week, oldest week on the left. */
final class TrendPanel {
    private static final String HEADING = "Team activity per week";
    private static final long QUIET_CEILING = 4;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private TrendPanel() {
    }

    static void paint(Graphics2D g, int width, int height, List<TrendPoint> trend) {
        if (trend.isEmpty()) {
            Panels.message(g, width, height, HEADING, "No weeks to show yet");
            return;
        }
        List<TrendPoint> weeks = trend.stream().sorted(Comparator.comparing(TrendPoint::weekStart)).toList();
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(HEADING)
                .xAxisTitle("Week starting").build();
        CategoryStyler styler = chart.getStyler();
        Panels.style(styler);
        styler.setAvailableSpaceFill(0.8);
        styler.setXAxisLabelRotation(weeks.size() > 16 ? 45 : 0);
        styler.setXAxisMaxLabelCount(26);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax((double) ceiling(weeks));
        styler.setYAxisDecimalPattern("#,##0");
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        styler.setAnnotationTextFontColor(Panels.MUTED);
        styler.setSeriesColors(new Color[] {
            new Color(0x3B, 0x6E, 0xC4), new Color(0x3C, 0x9D, 0x5D), new Color(0x8E, 0x5B, 0xB8)});
        List<String> labels = weeks.stream().map(week -> WEEK.format(week.weekStart())).toList();
        chart.addSeries("Asks", labels, counts(weeks, TrendPoint::asks));
        chart.addSeries("Referrals", labels, counts(weeks, TrendPoint::referrals));
        chart.addSeries("Meetings", labels, counts(weeks, TrendPoint::meetings));
        if (weeks.stream().allMatch(TrendPanel::quiet)) {
            chart.addAnnotation(new AnnotationText("Nothing logged in these weeks", width * 0.45, height * 0.45, true));
        }
        chart.paint(g, width, height);
    }

    /** The top of the count axis: a little above the highest count, and never below 4 (whole-number ticks). */
    private static long ceiling(List<TrendPoint> weeks) {
        long highest = weeks.stream()
                .mapToLong(week -> Math.max(week.asks(), Math.max(week.referrals(), week.meetings())))
                .max().orElse(0);
        return Math.max(QUIET_CEILING, (long) Math.ceil(highest * 1.1));
    }

    private static boolean quiet(TrendPoint week) {
        return week.asks() == 0 && week.referrals() == 0 && week.meetings() == 0;
    }

    private static List<Long> counts(List<TrendPoint> weeks, ToLongFunction<TrendPoint> count) {
        return weeks.stream().map(week -> count.applyAsLong(week)).toList();
    }
}
