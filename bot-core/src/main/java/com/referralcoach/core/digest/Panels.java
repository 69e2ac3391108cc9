package com.referralcoach.core.digest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look shared by the digest's panels, and the panels that are only text (the header, "No goals set"). */
final class Panels {
    static final Color INK = new Color(0x33, 0x33, 0x33);
    static final Color MUTED = new Color(0x88, 0x88, 0x88);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font MESSAGE = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    private Panels() {
    }

    /** Plain white charts with light grid lines and the same fonts everywhere. */
    static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(HEADING);
        styler.setChartFontColor(INK);
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xE3, 0xE3, 0xE3));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setAntiAlias(true);
        styler.setChartPadding(12);
    }

    /** The digest's title across the top, cut to fit the width. */
    static void header(Graphics2D g, int width, int height, String title) {
        smooth(g);
        g.setColor(INK);
        g.setFont(TITLE);
        FontMetrics metrics = g.getFontMetrics();
        String text = LabelText.fit(title, 80);
        for (int max = 79; max > 1 && metrics.stringWidth(text) > width - 32; max -= 4) {
            text = LabelText.fit(title, max);
        }
        g.drawString(text, 16, (height + metrics.getAscent() - metrics.getDescent()) / 2);
        g.setColor(new Color(0xDD, 0xDD, 0xDD));
        g.drawLine(16, height - 1, width - 16, height - 1);
    }

    /** A panel with a heading and a message in its middle, for when there is nothing to chart. */
    static void message(Graphics2D g, int width, int height, String heading, String message) {
        smooth(g);
        g.setColor(INK);
        g.setFont(HEADING);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(heading, (width - metrics.stringWidth(heading)) / 2, 12 + metrics.getAscent());
        g.setColor(MUTED);
        g.setFont(MESSAGE);
        metrics = g.getFontMetrics();
        g.drawString(message, (width - metrics.stringWidth(message)) / 2, height / 2);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }
}
