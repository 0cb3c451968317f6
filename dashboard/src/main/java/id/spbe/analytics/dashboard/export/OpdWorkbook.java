package id.spbe.analytics.dashboard.export;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.EvidenceQueries.OpdSummary;
import id.spbe.analytics.dashboard.query.EvidenceQueries.TodoItem;
import id.spbe.analytics.dashboard.view.EvidenceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bukti dukung workbook the coordinator sends out: one sheet per OPD with its own open items (most index points
 * first), the assessors' notes and the deadline, so each sheet can be forwarded to its OPD as it is; a last sheet
 * says what was exported. Items whose OPD is not known get a sheet of their own. The rows are the view's, so an
 * OPD-scoped viewer's workbook holds its own sheet only.
 */
public final class OpdWorkbook {
  /** Excel refuses these in a sheet name. */
  private static final String FORBIDDEN = "[\\[\\]:*?/\\\\]";
  /** Excel's longest sheet name. */
  static final int MAX_SHEET_NAME = 31;
  /** Rows above an OPD's item table: title, deadline, snapshot, summary, the illustrative mark, a blank row. */
  private static final int TABLE_ROW = 6;

  private OpdWorkbook() {}

  public static byte[] write(EvidenceView view, Language language, LocalDateTime madeAt) {
    Messages m = Messages.of(language);
    boolean illustrative = ExportAbout.illustrative(view);
    Map<String, String> about = ExportAbout.of(view, m, madeAt);
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XlsxExport.Styles styles = new XlsxExport.Styles(workbook);
      Set<String> taken = new HashSet<>();
      String aboutName = sheetName(m.text("export.aboutSheet"), taken);
      for (OpdSummary opd : view.opds()) {
        List<TodoItem> items = view.todo().stream().filter(t -> opd.opdCode().equals(t.opdCode())).toList();
        opdSheet(workbook, styles, sheetName(opd.opdCode(), taken), opd.opdName() + " (" + opd.opdCode() + ")",
            opd.pointsAtStake(), items, view, m, illustrative, about);
      }
      List<TodoItem> unowned = view.todo().stream().filter(t -> t.opdCode() == null).toList();
      if (!unowned.isEmpty()) {
        opdSheet(workbook, styles, sheetName(m.text("bukti.noOpdSheet"), taken), m.text("bukti.noOpd"), null,
            unowned, view, m, illustrative, about);
      }
      XlsxExport.about(workbook, new ExportTable(aboutName, List.of(), List.of(), List.of(), List.of(), about, m),
          styles.header);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the per-OPD bukti dukung workbook", e);
    }
  }

  /** {@code points}: the OPD's index points at stake as evidence_opd gives them (null for items without an OPD). */
  private static void opdSheet(XSSFWorkbook workbook, XlsxExport.Styles styles, String name, String opd,
      BigDecimal points, List<TodoItem> items, EvidenceView view, Messages m, boolean illustrative, Map<String, String> about) {
    List<Column<TodoItem>> columns = new ArrayList<>(Dataset.todoColumns(false));
    if (illustrative) {
      String mark = m.text("export.illustrativeMark");
      columns.add(Column.text("export.illustrativeColumn", r -> mark));
    }
    ExportTable table = ExportTable.of(name, columns, items, about, m);
    Sheet sheet = workbook.createSheet(name);
    line(sheet, 0, m.text("bukti.sheetTitle", Map.of("opd", opd)), styles);
    line(sheet, 1, m.text("col.deadline") + ": " + (view.deadline() == null ? "–" : view.deadline()), styles);
    line(sheet, 2, m.text("col.snapshot") + ": " + view.selection().snapshotOn(), styles);
    line(sheet, 3, items.isEmpty() ? m.text("bukti.sheetDone") : m.text("bukti.sheetSummary", Map.of(
        "count", String.valueOf(items.size()),
        "points", points == null ? "–" : m.language().number(points, 4),
        "overdue", String.valueOf(items.stream().filter(TodoItem::isOverdue).count()),
        "redo", String.valueOf(items.stream().filter(t -> "redo".equals(t.action())).count()))), styles);
    if (illustrative) {
      line(sheet, 4, m.text("report.illustrative"), styles);
    }
    Row header = sheet.createRow(TABLE_ROW);
    for (int c = 0; c < table.headers().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(FormulaGuard.neutralise(table.headers().get(c)));
      cell.setCellStyle(styles.header);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(TABLE_ROW + 1 + r);
      List<Object> values = table.rows().get(r);
      for (int c = 0; c < values.size(); c++) {
        XlsxExport.cell(row.createCell(c), table, c, values.get(c), styles);
      }
    }
    sheet.createFreezePane(0, TABLE_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(TABLE_ROW, TABLE_ROW + Math.max(1, items.size()), 0,
        table.headers().size() - 1));
    XlsxExport.widths(sheet, table);
  }

  private static void line(Sheet sheet, int row, String text, XlsxExport.Styles styles) {
    Cell cell = sheet.createRow(row).createCell(0);
    cell.setCellValue(FormulaGuard.neutralise(text));
    if (row == 0) {
      cell.setCellStyle(styles.header);
    }
  }

  /**
   * A sheet name Excel accepts and no other sheet of the workbook has: without {@code [ ] : * ? / \}, not starting
   * or ending with an apostrophe, at most 31 characters, unique ignoring case (as Excel compares them).
   */
  static String sheetName(String wanted, Set<String> taken) {
    String base = wanted == null ? "" : wanted.replaceAll(FORBIDDEN, "_").replaceAll("^'+|'+$", "").strip();
    if (base.isEmpty() || base.equalsIgnoreCase("History")) {
      base = base.isEmpty() ? "OPD" : base + "_"; // Excel keeps "History" for itself
    }
    base = cut(base, MAX_SHEET_NAME);
    String name = base;
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length).strip();
  }
}
