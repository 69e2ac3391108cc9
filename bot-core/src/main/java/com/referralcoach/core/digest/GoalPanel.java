package com.referralcoach.core.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/** The top panel: one bar per rep and goal, in percent of the target, the furthest behind first. */
final class GoalPanel {
    /** More bars than this would be too thin to read: the rest are left out, and the panel says so. */
    static final int MOST_BARS = 25;
    /** Bars stop here, so one rep far past the target does not flatten everyone else's. */
    static final double CAP_PERCENT = 150;
    private static final String HEADING = "Goal progress (% of target)";
    private static final Color BEHIND = new Color(0xE8, 0x8A, 0x2E);
    private static final Color REACHED = new Color(0x3C, 0x9D, 0x5D);

    private GoalPanel() {
    }

    static void paint(Graphics2D g, int width, int height, List<GoalBar> goals) {
        if (goals.isEmpty()) {
            Panels.message(g, width, height, HEADING, "No goals set");
            return;
        }
        List<GoalBar> shown = goals.stream()
                .sorted(Comparator.comparingDouble(GoalBar::percent))
                .limit(MOST_BARS)
                .toList();
        chart(width, height, shown, goals.size()).paint(g, width, height);
    }

    private static CategoryChart chart(int width, int height, List<GoalBar> shown, int all) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(HEADING)
                .xAxisTitle(shown.size() < all
                        ? "The " + shown.size() + " furthest behind of " + all + " goals" : "")
                .build();
        CategoryStyler styler = chart.getStyler();
        Panels.style(styler);
        styler.setXAxisTitleVisible(shown.size() < all);
        styler.setStacked(true);
        styler.setAvailableSpaceFill(0.7);
        styler.setXAxisLabelRotation(shown.size() > 6 ? 60 : 0);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(CAP_PERCENT);
        styler.setYAxisDecimalPattern("0'%'");
        styler.setSeriesColors(new Color[] {BEHIND, REACHED});
        styler.setAnnotationLineColor(Panels.MUTED);
        styler.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        List<String> labels = new ArrayList<>();
        List<Double> behind = new ArrayList<>();
        List<Double> reached = new ArrayList<>();
        for (GoalBar bar : shown) {
            labels.add(label(bar));
            double percent = Math.min(CAP_PERCENT, bar.percent());
            behind.add(percent < 100 ? percent : 0);
            reached.add(percent < 100 ? 0 : percent);
        }
        chart.addSeries("Behind", labels, behind);
        chart.addSeries("Target reached", labels, reached);
        chart.addAnnotation(new AnnotationLine(100, false, false));
        return chart;
    }

    /** "Ana Lopez - asks/week (3/5)": the counts too, since a bar at 0% is not seen. */
    static String label(GoalBar bar) {
        String rep = LabelText.fit(bar.rep(), 22);
        return (rep.isEmpty() ? "(unnamed)" : rep) + " - " + LabelText.fit(bar.goal(), 16)
                + " (" + bar.done() + "/" + bar.target() + ")";
    }
}
