package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The rows of one sheet part, pulled one {@code <row>} at a time from its XML: a workbook is never held as a whole
 * cell model, so a large one costs what its rows cost. Values read as {@link XlsxSource}'s do: merged cells carry
 * their top-left value, dates are ISO dates, numbers are written as typed, error cells show Excel's code.
 */
final class XlsxSheetRows implements Iterator<RawRow> {
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Long, CellRangeAddress> mergedByCell;
  private final Map<Integer, Integer> widthWithMerges;
  /** Values of merged regions' top-left cells, kept until the cells they cover are read. */
  private final Map<Long, String> topLeftValues = new HashMap<>();
  private RawRow next;
  private int lastRowIndex = -1;

  XlsxSheetRows(InputStream sheetXml, SharedStrings strings, StylesTable styles, boolean date1904,
      List<CellRangeAddress> merged) throws IOException {
    try {
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.mergedByCell = new HashMap<>();
    this.widthWithMerges = new HashMap<>();
    for (CellRangeAddress region : merged) {
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        widthWithMerges.merge(r, region.getLastColumn() + 1, Math::max);
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          mergedByCell.put(key(r, c), region);
        }
      }
    }
  }

  /** The merged regions of a sheet part: {@code <mergeCells>} follows the rows, so it is read in a pass of its own. */
  static List<CellRangeAddress> mergedRegions(InputStream sheetXml) throws IOException {
    List<CellRangeAddress> regions = new ArrayList<>();
    try (sheetXml) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
          regions.add(CellRangeAddress.valueOf(XlsxWorkbookIndex.attribute(xml, "ref")));
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    return regions;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = readRow();
      } catch (XMLStreamException e) {
        throw new UncheckedIOException(new IOException("The sheet's XML is damaged: " + e.getMessage(), e));
      }
    }
    return next != null;
  }

  @Override
  public RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = next;
    next = null;
    return row;
  }

  /** The next {@code <row>}, or null after the last. */
  private RawRow readRow() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        String r = XlsxWorkbookIndex.attribute(xml, "r");
        int rowIndex = r == null ? lastRowIndex + 1 : Integer.parseInt(r) - 1;
        lastRowIndex = rowIndex;
        return new RawRow(rowIndex + 1L, cells(rowIndex));
      }
    }
    return null;
  }

  /** The cells up to the row's last own cell or the last merged cell reaching into it, covered ones filled in. */
  private List<String> cells(int rowIndex) throws XMLStreamException {
    Map<Integer, String> own = new HashMap<>();
    int column = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String ref = XlsxWorkbookIndex.attribute(xml, "r");
        column = ref == null ? column + 1 : new CellReference(ref).getCol();
        String value = cellValue();
        own.put(column, value);
        CellRangeAddress merged = mergedByCell.get(key(rowIndex, column));
        if (merged != null && merged.getFirstRow() == rowIndex && merged.getFirstColumn() == column) {
          topLeftValues.put(key(rowIndex, column), value);
        }
      }
    }
    int width = Math.max(column + 1, widthWithMerges.getOrDefault(rowIndex, 0));
    List<String> cells = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      CellRangeAddress merged = mergedByCell.get(key(rowIndex, c));
      boolean covered = merged != null && (merged.getFirstRow() != rowIndex || merged.getFirstColumn() != c);
      cells.add(covered ? topLeftValues.getOrDefault(key(merged.getFirstRow(), merged.getFirstColumn()), "")
          : own.getOrDefault(c, ""));
    }
    return cells;
  }

  /** One {@code <c>}'s value as text, the reader left after its end tag. */
  private String cellValue() throws XMLStreamException {
    String type = XlsxWorkbookIndex.attribute(xml, "t");
    String style = XlsxWorkbookIndex.attribute(xml, "s");
    String v = null;
    StringBuilder inline = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        switch (xml.getLocalName()) {
          case "v" -> { v = xml.getElementText(); depth--; }
          case "is" -> inline = new StringBuilder();
          case "t" -> {
            String text = xml.getElementText();
            depth--;
            if (inline != null) {
              inline.append(text);
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return typed(type == null ? "n" : type, v, inline, style);
  }

  private String typed(String type, String v, StringBuilder inline, String style) {
    return switch (type) {
      case "inlineStr" -> inline == null ? "" : inline.toString();
      case "s" -> v == null ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString();
      case "str" -> v == null ? "" : v;
      case "b" -> v == null ? "" : XlsxWorkbookIndex.isTrue(v.trim()) ? "true" : "false";
      case "e" -> v == null ? "" : error(v.trim());
      case "d" -> v == null ? "" : v.trim().split("T")[0];
      default -> v == null || v.isBlank() ? "" : numeric(Double.parseDouble(v.trim()), style);
    };
  }

  private String numeric(double value, String style) {
    if (style != null && styles != null && DateUtil.isValidExcelDate(value)
        && DateUtil.isADateFormat(ExcelNumberFormat.from(styles.getStyleAt(Integer.parseInt(style))))) {
      return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
    }
    return number(value);
  }

  /** "#N/A", "#REF!": what the planner sees in the cell; a code Excel does not define reads "#ERROR". */
  private static String error(String code) {
    try {
      return FormulaError.forString(code).getString();
    } catch (IllegalArgumentException unknownCode) {
      return "#ERROR";
    }
  }

  /** 3.0 is "3", 2.76 is "2.76" (not 2.7599999999999998): Excel stores doubles, planners typed decimals. */
  static String number(double value) {
    BigDecimal decimal = new BigDecimal(Double.toString(value));
    return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString()
        : decimal.stripTrailingZeros().toPlainString();
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  void close() throws XMLStreamException {
    xml.close();
  }
}
