package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.OpdQueries.Scorecard;
import id.spbe.analytics.dashboard.query.TrendQueries.SelfVsOfficial;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Who holds the index back and how far each OPD's penilaian mandiri sits from the assessors: the calibration
 * summary of the year (the self-assessed against the official index, indicators over- and under-claimed) and the
 * OPD scorecards, with what this viewer may not see withheld as on the OPD view.
 */
final class OpdSection {
  private final Messages m;
  private final Language language;
  private final PdfTables tables;

  OpdSection(Messages messages, PdfTables tables) {
    this.m = messages;
    this.language = messages.language();
    this.tables = tables;
  }

  void add(Document document, PdfWriter writer, int year, List<Scorecard> opds, List<GapRow> gaps,
      SelfVsOfficial selfVsOfficial) {
    PdfTables.heading(document, writer, m.text("report.opds", Map.of("year", String.valueOf(year))));
    document.add(new Paragraph(calibration(year, gaps, selfVsOfficial), PdfTables.BODY));
    if (opds.isEmpty()) {
      document.add(new Paragraph(m.text("opd.noData"), PdfTables.BODY));
      return;
    }
    PdfPTable table = tables.table(List.of(m.text("col.opd"), m.text("col.indicatorsOwned"),
        m.text("col.levelsMissing"), m.text("col.gapPoints"), m.text("col.meanBias"), m.text("col.overClaimed"),
        m.text("col.underClaimed"), m.text("col.completeByDeadline")),
        new float[] {4f, 1.1f, 1.1f, 1.4f, 1.3f, 1.1f, 1.1f, 1.3f});
    for (Scorecard s : opds) {
      tables.text(table, s.opdName());
      tables.integer(table, s.indicatorsOwned());
      hiddenOr(table, s.gapHidden(), s.levelsMissing(), 2);
      hiddenOr(table, s.gapHidden(), s.weightedGapPoints(), 4);
      if (s.calibrationHidden()) {
        tables.text(table, m.text("table.hiddenSelf"));
        tables.text(table, m.text("table.hiddenSelf"));
        tables.text(table, m.text("table.hiddenSelf"));
      } else {
        tables.text(table, s.calibrationMeanBias() == null ? "–" : signed(s.calibrationMeanBias()));
        tables.integer(table, s.overClaimed());
        tables.integer(table, s.underClaimed());
      }
      tables.text(table, s.completeByDeadline() == null ? "–" : m.code(String.valueOf(s.completeByDeadline())));
    }
    document.add(table);
  }

  /**
   * "Penilaian mandiri 2025: 3,92 terhadap resmi 3,36 (+0,56); 3 indikator dinilai lebih tinggi ...", counted over
   * the rows this viewer sees.
   */
  private String calibration(int year, List<GapRow> gaps, SelfVsOfficial s) {
    if (s == null || s.year() != year) {
      return m.text("report.noCalibration", Map.of("year", String.valueOf(year)));
    }
    return m.text("report.calibration", Map.of("year", String.valueOf(year), "self", num(s.selfValue()),
        "official", num(s.officialValue()), "difference", signed(s.difference()),
        "over", count(gaps, "over"), "under", count(gaps, "under"), "match", count(gaps, "match")));
  }

  private static String count(List<GapRow> gaps, String calibration) {
    return String.valueOf(gaps.stream().filter(g -> calibration.equals(g.calibration())).count());
  }

  private void hiddenOr(PdfPTable table, boolean hidden, BigDecimal value, int digits) {
    if (hidden) {
      tables.text(table, m.text("table.hiddenSelf"));
    } else {
      tables.number(table, value, digits);
    }
  }

  private String num(BigDecimal value) {
    return value == null ? "–" : language.number(value, 2);
  }

  private String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + language.number(value, 2);
  }
}
