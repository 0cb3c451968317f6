package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.TrendQueries.Projection;
import id.spbe.analytics.dashboard.query.TrendQueries.SelfVsOfficial;
import id.spbe.analytics.dashboard.query.TrendQueries.TargetConversion;
import id.spbe.analytics.dashboard.query.TrendQueries.TrendRow;
import id.spbe.analytics.dashboard.view.ReviewData;
import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The report's first page: the year's index against the target, the self-assessment, the pace, and the trend. */
final class SummarySection {
  private static final float CHART_HEIGHT = 230;

  private final Messages m;
  private final Language language;
  private final PdfTables tables;

  SummarySection(Messages messages, PdfTables tables) {
    this.m = messages;
    this.language = messages.language();
    this.tables = tables;
  }

  private Predikat predikat = new Predikat(Language.ID, List.of());

  void add(Document document, PdfWriter writer, ReviewData data) {
    predikat = new Predikat(language, data.ringkasan().bands());
    document.add(new Paragraph(m.text("report.summary"), PdfTables.HEADING));
    PdfPTable facts = tables.facts();
    int year = data.selection().year() == null ? 0 : data.selection().year();
    official(facts, data.yearRow(), year);
    target(facts, data.yearRow(), year);
    data.ringkasan().targetConversions().stream().filter(c -> c.year() == year).findFirst()
        .ifPresent(c -> conversion(facts, c));
    atStake(facts, data, year);
    change(facts, data.yearRow());
    selfVsOfficial(facts, data.selfVsOfficial());
    // the pace of the index the reviewed year is scored on: a 2025 review shows the SPBE pace, not Pemdi's
    String framework = data.yearRow() == null ? null : data.yearRow().frameworkId();
    data.ringkasan().projections().stream().filter(p -> p.frameworkId().equals(framework)).findFirst()
        .ifPresent(p -> pace(facts, p));
    document.add(facts);
    PdfTables.heading(document, writer, m.text("report.trend"));
    document.add(chart(writer, data, document.right() - document.left()));
    document.add(trendTable(data.ringkasan().trend()));
  }

  private void official(PdfPTable facts, TrendRow row, int year) {
    String label = m.text("report.officialIndex", Map.of("year", String.valueOf(year)));
    tables.fact(facts, label, row == null || row.officialIndex() == null
        ? m.text("report.noOfficial", Map.of("year", String.valueOf(year)))
        : num(row.officialIndex()) + " (" + predikat.of(row.officialPredikat(), row.frameworkId()) + ")");
  }

  private void target(PdfPTable facts, TrendRow row, int year) {
    String label = m.text("report.target", Map.of("year", String.valueOf(year)));
    if (row == null || row.rpjmdTarget() == null) {
      tables.fact(facts, label, "–");
    } else if (!Boolean.TRUE.equals(row.targetComparable())) {
      tables.fact(facts, label, m.text("ringkasan.notComparable", Map.of("year", String.valueOf(year),
          "target", num(row.rpjmdTarget()), "targetScale", m.text("code." + row.targetScale()),
          "scale", m.text("code." + row.indexScale()))));
    } else if (row.distanceToTarget() == null) {
      tables.fact(facts, label, num(row.rpjmdTarget()));
    } else {
      String distance = row.distanceToTarget().signum() > 0
          ? m.text("report.distanceBelow", Map.of("gap", num(row.distanceToTarget())))
          : reached(row.distanceToTarget());
      tables.fact(facts, label, num(row.rpjmdTarget()) + " · " + distance);
    }
  }

  /** Pasal 11 PermenPANRB 8/2026: the target set on the old scale, its suggested equivalent, the re-stated one. */
  private void conversion(PdfPTable facts, TargetConversion c) {
    Map<String, String> values = Map.of("year", String.valueOf(c.year()), "given", num(c.givenTarget()),
        "givenScale", m.text("code." + c.givenScale()), "scale", m.text("code." + c.indexScale()),
        "suggested", c.suggestedTarget() == null ? "–" : num(c.suggestedTarget()),
        "predikat", c.suggestedPredikat() == null ? "–" : predikat.of(c.suggestedPredikat(), c.frameworkId()),
        "restated", c.restatedTarget() == null ? "" : num(c.restatedTarget()));
    String text = m.text(c.restatedTarget() == null ? "ringkasan.targetNotConverted" : "ringkasan.targetRestated", values)
        + " " + m.text("ringkasan.targetSuggestion", values);
    if (c.firstResultIndex() != null) {
      text += " " + m.text("ringkasan.firstResult", Map.of("index", num(c.firstResultIndex()), "predikat",
          String.valueOf(c.firstResultPredikat()), "year", String.valueOf(c.firstResultYear()), "scale",
          m.text("code." + c.indexScale())));
    }
    tables.fact(facts, m.text("ringkasan.targetScaleTitle"), text);
  }

  /** What the review acts on: how many indicators are below a given target and the index points they hold back. */
  private void atStake(PdfPTable facts, ReviewData data, int year) {
    var gaps = data.gaps();
    if (gaps.rows().isEmpty()) {
      return;
    }
    String value = m.text("report.atStakeValue", Map.of("below", String.valueOf(gaps.belowTarget()), "count",
        String.valueOf(gaps.rows().size()), "points", language.number(gaps.pointsAtStake(), 4)));
    if (gaps.untargeted() > 0) {
      value += "; " + m.text(gaps.untargeted() == 1 && m.has("report.untargeted.one") ? "report.untargeted.one"
          : "report.untargeted", Map.of("count", String.valueOf(gaps.untargeted())));
    }
    tables.fact(facts, m.text("report.atStake", Map.of("year", String.valueOf(year))), value);
  }

  private void change(PdfPTable facts, TrendRow row) {
    if (row == null || row.previousYear() == null) {
      return;
    }
    String label = m.text("report.change", Map.of("previous", String.valueOf(row.previousYear())));
    tables.fact(facts, label, row.changeOnPrevious() == null ? m.text("report.changeBreak")
        : signed(row.changeOnPrevious()));
  }

  private void selfVsOfficial(PdfPTable facts, SelfVsOfficial s) {
    if (s == null) {
      return;
    }
    tables.fact(facts, m.text("report.selfVsOfficial", Map.of("year", String.valueOf(s.year()))),
        num(s.selfValue()) + " / " + num(s.officialValue()) + " (" + signed(s.difference()) + ")");
  }

  private void pace(PdfPTable facts, Projection p) {
    if (p.slopePerYear() == null) { // one year of results on this index: no pace to speak of yet
      tables.fact(facts, m.text("report.pace", Map.of("framework", m.code(p.frameworkId()))),
          m.text("report.noPaceYet"));
      return;
    }
    String reach = p.targetAlreadyReached() ? m.text("report.alreadyReached")
        : p.yearTargetReached() != null ? m.text("report.reachYear", Map.of("year", p.yearTargetReached().toString()))
        : p.paceBeyondFramework() ? m.text("report.reachBeyondFramework")
        : m.text("report.neverReached");
    String slope = signed(p.slopePerYear());
    tables.fact(facts, m.text("report.pace", Map.of("framework", m.code(p.frameworkId()))),
        m.text("report.paceValue", Map.of("slope", slope, "reach", reach)));
  }

  private Image chart(PdfWriter writer, ReviewData data, float width) {
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(width, CHART_HEIGHT);
    Graphics2D g = template.createGraphics(width, CHART_HEIGHT);
    try {
      new TrendChartPainter(data.ringkasan().trend(), data.ringkasan().bands(), data.ringkasan().frameworks(), m)
          .paint(g, width, CHART_HEIGHT);
    } finally {
      g.dispose();
    }
    Image image = Image.getInstance(template);
    image.setAlt(m.text("ringkasan.trendTitle"));
    return image;
  }

  private PdfPTable trendTable(List<TrendRow> trend) {
    PdfPTable table = tables.table(List.of(m.text("col.year"), m.text("col.framework"), m.text("col.official"),
        m.text("col.predikat"), m.text("col.selfAssessment"), m.text("col.target"), m.text("col.distance"),
        m.text("col.change")), new float[] {1f, 2.2f, 1.2f, 1.4f, 1.3f, 1.2f, 1.2f, 1.2f});
    for (TrendRow r : trend) {
      tables.text(table, r.year());
      tables.text(table, m.code(r.frameworkId()));
      tables.number(table, r.officialIndex(), 2);
      tables.text(table, predikat.of(r.officialPredikat(), r.frameworkId()));
      tables.number(table, r.selfAssessmentIndex(), 2);
      tables.number(table, r.rpjmdTarget(), 2);
      if (r.distanceToTarget() != null && r.distanceToTarget().signum() <= 0) {
        tables.text(table, reached(r.distanceToTarget()));
      } else {
        tables.number(table, r.distanceToTarget(), 2);
      }
      tables.number(table, r.changeOnPrevious(), 2);
    }
    return table;
  }

  /** A year at or above its target: "tercapai (+0,01)", the margin above it, never a negative distance. */
  private String reached(BigDecimal distance) {
    return m.text("table.reachedBy", Map.of("margin", signed(distance.negate())));
  }

  private String num(BigDecimal value) {
    return language.number(value, 2);
  }

  private String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + language.number(value, 2);
  }
}
