package id.spbe.analytics.dashboard.report;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import id.spbe.analytics.dashboard.query.TrendQueries.FrameworkYears;
import id.spbe.analytics.dashboard.query.TrendQueries.TrendRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Draws the trend chart of the report with Java2D, the same picture as the page's Chart.js chart: the official
 * index, the self-assessment and the comparable RPJMD target by year, the predikat bands of each year's framework
 * behind them and a dashed line where the framework changes. Drawn straight onto the PDF, so no browser is needed.
 */
final class TrendChartPainter {
  static final Color OFFICIAL = new Color(0x0b5cad);
  static final Color SELF = new Color(0xc26b00);
  static final Color TARGET = new Color(0x2e7d32);
  private static final Color[] BANDS = {new Color(0xfbe3e3), new Color(0xfdebd7), new Color(0xfef5d4),
      new Color(0xe6f0dc), new Color(0xd5ead6)};
  private static final double MIN = 1;
  private static final double MAX = 5;

  private final List<TrendRow> rows;
  private final List<Band> bands;
  private final List<FrameworkYears> frameworks;
  private final Messages messages;
  private final Language language;

  TrendChartPainter(List<TrendRow> rows, List<Band> bands, List<FrameworkYears> frameworks, Messages messages) {
    this.rows = rows;
    this.bands = bands;
    this.frameworks = frameworks;
    this.messages = messages;
    this.language = messages.language();
  }

  /** Paints into a {@code width} x {@code height} area at the origin. */
  void paint(Graphics2D g, float width, float height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(new Font("SansSerif", Font.PLAIN, 8));
    Rectangle2D plot = new Rectangle2D.Double(34, 8, width - 44, height - 50);
    if (rows.isEmpty()) {
      g.setColor(Color.DARK_GRAY);
      g.drawString(messages.text("ringkasan.noData"), (float) plot.getX(), (float) plot.getCenterY());
      return;
    }
    bandsBehind(g, plot);
    axes(g, plot);
    frameworkBreaks(g, plot);
    // the target where it is on the scale of the year's index; the official index last, on top
    series(g, plot, r -> Boolean.FALSE.equals(r.targetComparable()) ? null : r.rpjmdTarget(), TARGET,
        dashed(1.5f, 2f, 2f));
    series(g, plot, TrendRow::selfAssessmentIndex, SELF, dashed(1.5f, 5f, 3f));
    series(g, plot, TrendRow::officialIndex, OFFICIAL, new BasicStroke(2f));
    legend(g, plot, height);
  }

  private double x(Rectangle2D plot, int index) {
    double step = plot.getWidth() / rows.size();
    return plot.getX() + step * (index + 0.5);
  }

  private double y(Rectangle2D plot, double value) {
    double clamped = Math.max(MIN, Math.min(MAX, value));
    return plot.getMaxY() - (clamped - MIN) / (MAX - MIN) * plot.getHeight();
  }

  private void bandsBehind(Graphics2D g, Rectangle2D plot) {
    double step = plot.getWidth() / rows.size();
    for (int i = 0; i < rows.size(); i++) {
      String framework = rows.get(i).frameworkId();
      double left = plot.getX() + step * i;
      for (Band band : bands) {
        if (!band.frameworkId().equals(framework)) {
          continue;
        }
        double top = y(plot, band.upperExclusive() == null ? MAX : band.upperExclusive().doubleValue());
        double bottom = y(plot, band.lowerInclusive().doubleValue());
        g.setColor(BANDS[Math.max(0, Math.min(BANDS.length - 1, band.predikatRank() - 1))]);
        g.fill(new Rectangle2D.Double(left, top, step, bottom - top));
      }
    }
  }

  private void axes(Graphics2D g, Rectangle2D plot) {
    g.setStroke(new BasicStroke(0.5f));
    for (int v = (int) MIN; v <= MAX; v++) {
      double y = y(plot, v);
      g.setColor(new Color(0xbbbbbb));
      g.draw(new Line2D.Double(plot.getX(), y, plot.getMaxX(), y));
      g.setColor(Color.DARK_GRAY);
      g.drawString(language.number(BigDecimal.valueOf(v), 1), (float) plot.getX() - 22, (float) y + 3);
    }
    for (int i = 0; i < rows.size(); i++) {
      g.drawString(String.valueOf(rows.get(i).year()), (float) x(plot, i) - 9, (float) plot.getMaxY() + 11);
    }
  }

  private void frameworkBreaks(Graphics2D g, Rectangle2D plot) {
    double step = plot.getWidth() / rows.size();
    g.setColor(new Color(0x555555));
    g.setStroke(dashed(0.8f, 3f, 3f));
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).frameworkBreak()) {
        double x = plot.getX() + step * i;
        g.draw(new Line2D.Double(x, plot.getY(), x, plot.getMaxY()));
        String name = frameworkName(rows.get(i).frameworkId());
        int width = g.getFontMetrics().stringWidth(name);
        float labelX = x + 2 + width > plot.getMaxX() ? (float) x - 2 - width : (float) x + 2;
        g.drawString(name, labelX, (float) plot.getY() + 8);
      }
    }
  }

  private String frameworkName(String frameworkId) {
    return frameworks.stream().filter(f -> f.frameworkId().equals(frameworkId)).map(FrameworkYears::frameworkName)
        .findFirst().orElse(String.valueOf(frameworkId));
  }

  /**
   * One line, broken where a year has no value (no invented points between years) and where the framework
   * changes (indices on two frameworks are not one series).
   */
  private void series(Graphics2D g, Rectangle2D plot, Function<TrendRow, BigDecimal> value, Color colour,
      Stroke stroke) {
    g.setColor(colour);
    Double previousX = null;
    Double previousY = null;
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal v = value.apply(rows.get(i));
      if (v == null) {
        previousX = null;
        continue;
      }
      double px = x(plot, i);
      double py = y(plot, v.doubleValue());
      if (previousX != null && !rows.get(i).frameworkBreak()) {
        g.setStroke(stroke);
        g.draw(new Line2D.Double(previousX, previousY, px, py));
      }
      g.fill(new Ellipse2D.Double(px - 2.5, py - 2.5, 5, 5));
      previousX = px;
      previousY = py;
    }
  }

  private void legend(Graphics2D g, Rectangle2D plot, float height) {
    float y = height - 12;
    float x = (float) plot.getX();
    x = legendItem(g, x, y, OFFICIAL, messages.text("series.official"));
    x = legendItem(g, x, y, SELF, messages.text("series.selfAssessment"));
    legendItem(g, x, y, TARGET, messages.text("series.target"));
  }

  private float legendItem(Graphics2D g, float x, float y, Color colour, String label) {
    g.setColor(colour);
    g.fill(new Rectangle2D.Double(x, y - 6, 14, 6));
    g.setColor(Color.DARK_GRAY);
    g.drawString(label, x + 18, y);
    return x + 26 + g.getFontMetrics().stringWidth(label);
  }

  private static Stroke dashed(float width, float on, float off) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {on, off}, 0f);
  }
}
