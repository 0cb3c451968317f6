package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.spbe.analytics.dashboard.language.Language;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/** Table building blocks of the report: a header row that repeats on each page, text and number cells. */
final class PdfTables {
  static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
  static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL);
  static final Font SMALL_BOLD = new Font(Font.HELVETICA, 7.5f, Font.BOLD);
  static final Font WARNING = new Font(Font.HELVETICA, 8.5f, Font.BOLD, new Color(0xb00020));
  private static final Color HEADER_FILL = new Color(0xeef2f6);

  private final Language language;

  PdfTables(Language language) {
    this.language = language;
  }

  /** A table whose header row is repeated when it breaks across pages. */
  PdfPTable table(List<String> headers, float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(6);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
      cell.setBackgroundColor(HEADER_FILL);
      table.addCell(cell);
    }
    return table;
  }

  void text(PdfPTable table, Object value) {
    table.addCell(new PdfPCell(new Phrase(value == null ? "" : String.valueOf(value), SMALL)));
  }

  /**
   * A full-width row under the row just added, for long texts (the assessor's note and recommendation): kept whole
   * and wrapped, never cut.
   */
  void detail(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
    cell.setColspan(table.getNumberOfColumns());
    cell.setPaddingLeft(12);
    table.addCell(cell);
  }

  void number(PdfPTable table, BigDecimal value, int digits) {
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "–" : language.number(value, digits), SMALL));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }

  void integer(PdfPTable table, Number value) {
    number(table, value == null ? null : new BigDecimal(value.toString()), 0);
  }

  /** A two-column label/value table for the summary. */
  PdfPTable facts() {
    PdfPTable table = new PdfPTable(new float[] {2f, 3f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    return table;
  }

  void fact(PdfPTable table, String label, String value) {
    PdfPCell key = new PdfPCell(new Phrase(label, new Font(Font.HELVETICA, 9, Font.BOLD)));
    key.setBackgroundColor(HEADER_FILL);
    table.addCell(key);
    table.addCell(new PdfPCell(new Phrase(value, BODY)));
  }
}
