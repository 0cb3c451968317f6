package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.PlanQueries.Step;
import id.spbe.analytics.dashboard.query.PlanQueries.Summary;
import id.spbe.analytics.dashboard.view.RencanaView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The report's last page: the least-effort plan to the RPJMD target, step by step. */
final class PlanSection {
  private final Messages m;
  private final Language language;
  private final PdfTables tables;

  PlanSection(Messages messages, PdfTables tables) {
    this.m = messages;
    this.language = messages.language();
    this.tables = tables;
  }

  void add(Document document, com.lowagie.text.pdf.PdfWriter writer, RencanaView plan) {
    Predikat predikat = new Predikat(language, plan.bands());
    PdfTables.heading(document, writer, m.text("report.plan"));
    Summary s = plan.summary();
    if (s == null) {
      document.add(new Paragraph(m.text("rencana.noPlan"), PdfTables.BODY));
      return;
    }
    PdfPTable facts = tables.facts();
    tables.fact(facts, m.text("col.framework"), m.code(s.frameworkId()));
    tables.fact(facts, m.text("rencana.base"), m.text("rencana.baseValue", Map.of("source",
        m.text("code." + s.baseSource()), "year", String.valueOf(s.baseYear()), "index", num(s.baseIndexPublished(), 2))));
    tables.fact(facts, m.text("col.target"), s.targetIndex() == null ? "–"
        : num(s.targetIndex(), 2) + " (" + s.targetYear() + ")");
    tables.fact(facts, m.text("rencana.status"), m.text("code." + s.status()));
    tables.fact(facts, m.text("rencana.steps"), (s.steps() == null ? "–" : s.steps()) + " · "
        + m.text("col.effort") + " " + num(s.totalEffort(), 2));
    tables.fact(facts, m.text("rencana.planned"), num(s.plannedIndexPublished(), 2)
        + (s.plannedPredikat() == null ? "" : " (" + predikat.of(s.plannedPredikat(), s.frameworkId()) + ")"));
    document.add(facts);
    if (plan.stepsHidden()) {
      document.add(new Paragraph(m.text("rencana.hidden"), PdfTables.SMALL));
    }
    if (!plan.steps().isEmpty()) {
      document.add(steps(plan.steps(), predikat));
    }
  }

  private PdfPTable steps(List<Step> steps, Predikat predikat) {
    PdfPTable table = tables.table(List.of(m.text("col.step"), m.text("col.indicatorCode"),
        m.text("col.indicatorName"), m.text("col.fromValue"), m.text("col.toLevel"), m.text("col.effort"),
        m.text("col.points"), m.text("col.cumulativeIndex"), m.text("col.predikat"), m.text("col.opd")),
        new float[] {0.9f, 0.7f, 4.2f, 0.8f, 0.8f, 0.9f, 1f, 1.1f, 1.3f, 1.6f});
    for (Step s : steps) {
      tables.integer(table, s.stepNo());
      tables.text(table, s.indicatorCode());
      tables.text(table, s.indicatorName());
      tables.number(table, s.fromValue(), s.fromValue().stripTrailingZeros().scale() > 0 ? 2 : 0);
      tables.integer(table, s.toLevel());
      tables.number(table, s.effort(), 2);
      tables.number(table, s.indexPoints(), 4);
      tables.number(table, s.cumulativeIndex(), 4);
      tables.text(table, predikat.of(s.predikat(), null));
      tables.text(table, s.opdCode());
      if (s.recommendation() != null) {
        tables.detail(table, m.text("col.recommendation") + ": " + s.recommendation());
      }
    }
    return table;
  }

  private String num(BigDecimal value, int digits) {
    return value == null ? "–" : language.number(value, digits);
  }
}
