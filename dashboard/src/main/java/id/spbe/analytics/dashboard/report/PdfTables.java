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
  /** The width tables span: A4 less the report's 36 pt side margins. */
  static final float PAGE_WIDTH = com.lowagie.text.PageSize.A4.getWidth() - 72;
  /** A cell's padding and borders on both sides, around its text. */
  private static final float CELL_SIDES = 2 * 2f + 2;
  /** Space a heading needs below it (itself, a table header and a few rows), else it starts the next page. */
  private static final float KEEP_WITH_NEXT = 140;

  private final Language language;

  PdfTables(Language language) {
    this.language = language;
  }

  /**
   * A table whose header row is repeated when it breaks across pages, and whose columns are each at least as wide
   * as the longest word of their header (taken from the widest columns), so that no header breaks mid-word.
   */
  PdfPTable table(List<String> headers, float[] widths) {
    PdfPTable table = new PdfPTable(headers.size());
    table.setTotalWidth(fitHeaders(headers, widths, PAGE_WIDTH));
    table.setLockedWidth(true);
    table.setHeaderRows(1);
    table.setSpacingBefore(6);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
      cell.setBackgroundColor(HEADER_FILL);
      table.addCell(cell);
    }
    return table;
  }

  /** Absolute column widths: the given proportions, raised where a header word would not fit. */
  static float[] fitHeaders(List<String> headers, float[] relative, float total) {
    float sum = 0;
    for (float w : relative) {
      sum += w;
    }
    float[] widths = new float[relative.length];
    float[] least = new float[relative.length];
    for (int i = 0; i < relative.length; i++) {
      widths[i] = relative[i] / sum * total;
      for (String word : headers.get(i).split("\\s+")) {
        least[i] = Math.max(least[i], SMALL_BOLD.getCalculatedBaseFont(false).getWidthPoint(word,
            SMALL_BOLD.getSize()) + CELL_SIDES);
      }
    }
    float deficit = 0;
    float slack = 0;
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] < least[i]) {
        deficit += least[i] - widths[i];
        widths[i] = least[i];
      } else {
        slack += widths[i] - least[i];
      }
    }
    // the width the narrow columns took comes from the others, in proportion to what each can spare
    if (deficit > 0 && slack > 0) {
      float share = Math.min(1, deficit / slack);
      for (int i = 0; i < widths.length; i++) {
        if (widths[i] > least[i]) {
          widths[i] -= (widths[i] - least[i]) * share;
        }
      }
    }
    return widths;
  }

  /**
   * A section heading, on the next page when too little of this one is left for it and the start of what follows
   * (no heading alone at a page's foot); sections otherwise follow each other, so that no page is left half empty.
   */
  static void heading(com.lowagie.text.Document document, com.lowagie.text.pdf.PdfWriter writer, String text) {
    if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_NEXT) {
      document.newPage();
    }
    com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(text, HEADING);
    heading.setSpacingBefore(10);
    document.add(heading);
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
