package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.EvidenceQueries.IndexRow;
import id.spbe.analytics.dashboard.query.EvidenceQueries.OpdSummary;
import id.spbe.analytics.dashboard.query.EvidenceQueries.ProgressPoint;
import id.spbe.analytics.dashboard.query.EvidenceQueries.TodoItem;
import id.spbe.analytics.dashboard.view.EvidenceView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The report's bukti dukung page (a year with evidence only), on the year's latest snapshot: the index the accepted
 * evidence supports, always as a simulation beside the penilaian mandiri and the last official value; the OPD
 * summary, most index points at stake first; and the first items of each OPD's to-do list.
 */
final class EvidenceSection {
  /** Items per OPD in the report; the view and the per-OPD workbook have the whole list. */
  static final int ITEMS_PER_OPD = 3;
  private final Messages m;
  private final PdfTables tables;

  EvidenceSection(Messages messages, PdfTables tables) {
    this.m = messages;
    this.tables = tables;
  }

  void add(Document document, EvidenceView evidence) {
    document.add(new Paragraph(m.text("report.evidence", Map.of("date",
        String.valueOf(evidence.selection().snapshotOn()))), PdfTables.HEADING));
    document.add(new Paragraph(m.text("bukti.simulationNote"), PdfTables.SMALL));
    PdfPTable facts = tables.facts();
    IndexRow index = evidence.indexRow();
    if (index != null) {
      tables.fact(facts, m.text("bukti.supportedIndex"), num(index.supportedValue(), 2)
          + (index.predikat() == null ? "" : " (" + index.predikat() + ")") + " · " + m.text("bukti.simulation"));
      tables.fact(facts, m.text("col.selfAssessment"), num(index.selfAssessmentValue(), 2));
      tables.fact(facts, m.text("col.official"), index.officialValue() == null ? "–"
          : num(index.officialValue(), 2) + " (" + index.officialYear() + ")");
    }
    ProgressPoint now = evidence.progress().stream()
        .filter(p -> p.snapshotOn().equals(evidence.selection().snapshotOn())).findFirst().orElse(null);
    if (now != null) {
      tables.fact(facts, m.text("col.itemsDiterima"), m.text("bukti.acceptedOf", Map.of("accepted",
          String.valueOf(now.itemsDiterima()), "total", String.valueOf(now.itemsTotal()))));
    }
    tables.fact(facts, m.text("col.deadline"), evidence.deadline() == null ? "–" : String.valueOf(evidence.deadline()));
    document.add(facts);
    if (evidence.scopedOpd() != null) {
      document.add(new Paragraph(m.text("bukti.scoped", Map.of("opd", evidence.scopedOpd())), PdfTables.SMALL));
    }
    document.add(new Paragraph(m.text("bukti.opdTitle"), PdfTables.BODY));
    document.add(opds(evidence.opds()));
    document.add(new Paragraph(m.text("report.evidenceTodo", Map.of("count", String.valueOf(ITEMS_PER_OPD))),
        PdfTables.BODY));
    document.add(todo(evidence));
  }

  private PdfPTable opds(List<OpdSummary> opds) {
    PdfPTable table = tables.table(List.of(m.text("col.opd"), m.text("col.points"), m.text("col.itemsNextLevel"),
        m.text("col.itemsTotal"), m.text("col.itemsDiterima"), m.text("col.itemsRevisi"), m.text("col.itemsDraf"),
        m.text("col.itemsBelum"), m.text("col.itemsOverdue")), new float[] {4f, 1.1f, 1.1f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 1f});
    for (OpdSummary o : opds) {
      tables.text(table, o.opdName());
      tables.number(table, o.pointsAtStake(), 4);
      tables.integer(table, o.itemsNextLevel());
      tables.integer(table, o.itemsTotal());
      tables.integer(table, o.itemsDiterima());
      tables.integer(table, o.itemsRevisi());
      tables.integer(table, o.itemsDraf());
      tables.integer(table, o.itemsBelum());
      tables.integer(table, o.itemsOverdue());
    }
    return table;
  }

  private PdfPTable todo(EvidenceView evidence) {
    PdfPTable table = tables.table(List.of(m.text("col.opd"), m.text("col.priority"), m.text("col.indicatorCode"),
        m.text("col.level"), m.text("col.itemCode"), m.text("col.itemStatus"), m.text("col.todoAction"),
        m.text("col.points"), m.text("col.overdue")), new float[] {2.2f, 0.8f, 0.6f, 0.6f, 1.3f, 1f, 1.4f, 1f, 1f});
    for (OpdSummary o : evidence.opds()) {
      List<TodoItem> items = evidence.todo().stream().filter(t -> o.opdCode().equals(t.opdCode()))
          .limit(ITEMS_PER_OPD).toList();
      for (TodoItem t : items) {
        tables.text(table, o.opdName());
        tables.integer(table, t.priority());
        tables.text(table, t.indicatorCode());
        tables.integer(table, t.level());
        tables.text(table, t.itemCode());
        tables.text(table, m.code(t.status()));
        tables.text(table, m.code(t.action()));
        tables.number(table, t.pointsAtStake(), 4);
        tables.text(table, t.isOverdue() ? m.text("bukti.overdue") : "");
        String detail = detail(t);
        if (detail != null) {
          tables.detail(table, detail);
        }
      }
    }
    return table;
  }

  /** The item's name and the assessor's note, whole, under its row. */
  private String detail(TodoItem t) {
    StringBuilder text = new StringBuilder();
    if (t.itemName() != null) {
      text.append(t.itemName());
    }
    if (t.assessorNote() != null) {
      text.append(text.isEmpty() ? "" : " · ").append(m.text("col.assessorNote")).append(": ").append(t.assessorNote());
    }
    return text.isEmpty() ? null : text.toString();
  }

  private String num(BigDecimal value, int digits) {
    return value == null ? "–" : m.language().number(value, digits);
  }
}
