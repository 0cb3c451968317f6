package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.DomainQueries.ScopeResult;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.view.DomainView;
import id.spbe.analytics.dashboard.view.IndikatorView;
import java.util.List;
import java.util.Map;

/**
 * The report's result sections: domain and aspect results, the indicators below their target (what a review acts
 * on) and, in the annex, every indicator of the year.
 */
final class ResultSections {
  private final Messages m;
  private final PdfTables tables;

  ResultSections(Messages messages, PdfTables tables) {
    this.m = messages;
    this.tables = tables;
  }

  void domains(Document document, PdfWriter writer, DomainView view) {
    PdfTables.heading(document, writer, m.text("report.domains"));
    if (view.domains().isEmpty() && view.aspects().isEmpty()) {
      document.add(new Paragraph(m.text("domain.noData"), PdfTables.BODY));
      return;
    }
    if (!view.domains().isEmpty()) {
      document.add(scopeTable(m.text("col.domainName"), view.domains()));
    }
    document.add(scopeTable(m.text("col.aspectName"), view.aspects()));
  }

  private PdfPTable scopeTable(String nameHeader, List<ScopeResult> rows) {
    PdfPTable table = tables.table(List.of(m.text("col.code"), nameHeader, m.text("col.weight"),
        m.text("col.official"), m.text("col.selfAssessment"), m.text("col.levelTarget")),
        new float[] {0.8f, 5f, 1f, 1.1f, 1.3f, 1f});
    for (ScopeResult r : rows) {
      tables.text(table, r.code());
      tables.text(table, r.name());
      tables.number(table, r.weightPct(), 2);
      tables.number(table, r.official(), 2);
      tables.number(table, r.selfAssessment(), 2);
      if (r.target() == null) {
        tables.text(table, m.text("table.noTarget"));
      } else {
        tables.number(table, r.target(), 2);
      }
    }
    return table;
  }

  /** The assessors' note and recommendation, and an external value still pending, under the indicator's row. */
  private void assessorsWords(PdfPTable table, GapRow r) {
    List<String> parts = new java.util.ArrayList<>();
    if ("external_pending".equals(r.verdict().valueBasis())) {
      parts.add(m.text("code.external_pending") + (r.verdict().externalIndex() == null ? ""
          : " (" + r.verdict().externalIndex() + ")"));
    }
    if (r.verdict().assessorNote() != null) {
      parts.add(m.text("col.assessorNote") + ": " + r.verdict().assessorNote());
    }
    if (r.verdict().recommendation() != null) {
      parts.add(m.text("col.recommendation") + ": " + r.verdict().recommendation());
    }
    if (!parts.isEmpty()) {
      tables.detail(table, String.join("\n", parts));
    }
  }

  /** The body: only the indicators below a target that was given, the rest is in the annex. */
  void gaps(Document document, PdfWriter writer, IndikatorView view) {
    PdfTables.heading(document, writer, m.text("report.gaps",
        Map.of("year", String.valueOf(view.selection().year()))));
    if (view.rows().isEmpty()) {
      document.add(new Paragraph(m.text("indikator.noData"), PdfTables.BODY));
      return;
    }
    List<GapRow> below = view.rows().stream().filter(ResultSections::belowTarget).toList();
    document.add(new Paragraph(m.text(below.isEmpty() ? "report.noneBelow" : "report.gapsBelowOnly",
        Map.of("below", String.valueOf(below.size()), "count", String.valueOf(view.rows().size()))), PdfTables.BODY));
    if (!below.isEmpty()) {
      gapTable(document, view, below);
    }
  }

  /** The annex: every indicator of the year, at target or not, with or without a given target. */
  void annex(Document document, PdfWriter writer, IndikatorView view) {
    PdfTables.heading(document, writer, m.text("report.annex",
        Map.of("year", String.valueOf(view.selection().year()))));
    if (view.rows().isEmpty()) {
      document.add(new Paragraph(m.text("indikator.noData"), PdfTables.BODY));
      return;
    }
    gapTable(document, view, view.rows());
  }

  static boolean belowTarget(GapRow r) {
    return r.hasGivenTarget() && r.levelsMissing() != null && r.levelsMissing().signum() > 0;
  }

  private void gapTable(Document document, IndikatorView view, List<GapRow> rows) {
    if (view.hiddenRows() > 0) {
      document.add(new Paragraph(m.text("report.hidden", Map.of("count", String.valueOf(view.hiddenRows()))),
          PdfTables.SMALL));
    }
    PdfPTable table = tables.table(List.of(m.text("col.indicatorCode"), m.text("col.indicatorName"),
        m.text("col.opd"), m.text("col.selfLevel"), m.text("col.officialLevel"), m.text("col.targetLevel"),
        m.text("col.gap"), m.text("col.weight"), m.text("col.points")),
        new float[] {0.6f, 5f, 1.6f, 0.9f, 0.9f, 0.9f, 0.8f, 0.9f, 1.1f});
    // whole levels (Indeks SPBE) read 3, not 3,00; a decimal value anywhere in the table (Indeks Pemdi) gives all
    // of them two places, so that a column reads one way
    int digits = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.selfLevel(), r.officialLevel()))
        .filter(java.util.Objects::nonNull).anyMatch(v -> v.stripTrailingZeros().scale() > 0) ? 2 : 0;
    for (GapRow r : rows) {
      tables.text(table, r.indicatorCode());
      tables.text(table, r.indicatorName());
      tables.text(table, r.opdCode());
      tables.number(table, r.selfLevel(), digits);
      tables.number(table, r.officialLevel(), digits);
      if (r.hasGivenTarget()) {
        tables.integer(table, r.targetLevel());
        tables.number(table, r.levelsMissing(), digits);
      } else {
        tables.text(table, m.text("table.noTarget"));
        tables.text(table, "–");
      }
      tables.number(table, r.weightPct(), 2);
      tables.number(table, r.hasGivenTarget() ? r.indexPointsAtStake() : null, 4);
      assessorsWords(table, r);
    }
    document.add(table);
  }
}
