package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet of an Excel workbook through POI's cell model, for what {@link XlsxStreamingSource} cannot read: legacy .xls
 * and password-protected workbooks (OLE2 files). The named sheet or the first visible one. Merged cells
 * read as their top-left value in every cell they cover; dates come out as ISO dates whatever their display
 * format, numbers without Excel's display rounding.
 */
public final class XlsxSource implements TabularSource {
  private final Workbook workbook;
  private final Sheet sheet;
  private final boolean sheetNamed;
  private final Map<Long, CellRangeAddress> mergedByCell = new HashMap<>();
  /** A row's width counting merged cells that reach past its last own cell (a header merged down from above). */
  private final Map<Integer, Integer> widthWithMerges = new HashMap<>();

  private XlsxSource(Workbook workbook, Sheet sheet, boolean sheetNamed) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.sheetNamed = sheetNamed;
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        widthWithMerges.merge(r, region.getLastColumn() + 1, Math::max);
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          mergedByCell.put(key(r, c), region);
        }
      }
    }
  }

  public static XlsxSource open(InputStream in, String sheetName) throws IOException {
    Workbook workbook;
    try (in) {
      workbook = WorkbookFactory.create(in);
    } catch (EncryptedDocumentException e) {
      throw new FileLevelException(FileProblemCode.FILE_UNREADABLE,
          "Buku kerja dilindungi kata sandi; simpan ulang tanpa kata sandi.",
          "The workbook is password-protected; save it again without a password.");
    } catch (IOException | RuntimeException e) {
      throw WorkbookProblems.unreadable(e);
    }
    boolean named = sheetName != null && !sheetName.isBlank();
    return new XlsxSource(workbook, pickSheet(workbook, sheetName), named);
  }

  private static Sheet pickSheet(Workbook workbook, String sheetName) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    if (sheetName != null && !sheetName.isBlank()) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        if (workbook.getSheetName(i).trim().equalsIgnoreCase(sheetName.trim())) {
          return workbook.getSheetAt(i);
        }
      }
      workbook.close();
      throw WorkbookProblems.sheetNotFound(sheetName, names);
    }
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
        return workbook.getSheetAt(i);
      }
    }
    workbook.close();
    throw WorkbookProblems.noVisibleSheet();
  }

  @Override
  public String sheetName() {
    return sheet.getSheetName();
  }

  @Override
  public InputFormat format() {
    return InputFormat.XLSX;
  }

  /** When no sheet was named: the other visible sheets, in workbook order, to look for the header in. */
  @Override
  public List<String> otherSheets() {
    List<String> others = new ArrayList<>();
    for (int i = 0; !sheetNamed && i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i) && workbook.getSheetAt(i) != sheet) {
        others.add(workbook.getSheetName(i));
      }
    }
    return others;
  }

  @Override
  public Iterator<RawRow> rows() {
    Iterator<Row> rows = sheet.rowIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public RawRow next() {
        Row row = rows.next();
        List<String> cells = new ArrayList<>();
        int width = Math.max(row.getLastCellNum(), widthWithMerges.getOrDefault(row.getRowNum(), 0));
        for (int c = 0; c < width; c++) {
          cells.add(text(row.getRowNum(), c, row.getCell(c)));
        }
        return new RawRow(row.getRowNum() + 1L, cells);
      }
    };
  }

  private String text(int rowIndex, int columnIndex, Cell cell) {
    CellRangeAddress merged = mergedByCell.get(key(rowIndex, columnIndex));
    if (merged != null && (merged.getFirstRow() != rowIndex || merged.getFirstColumn() != columnIndex)) {
      Row first = sheet.getRow(merged.getFirstRow());
      cell = first == null ? null : first.getCell(merged.getFirstColumn());
    }
    return cell == null ? "" : value(cell, cell.getCellType());
  }

  private static String value(Cell cell, CellType type) {
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
      case FORMULA -> value(cell, cell.getCachedFormulaResultType());
      case NUMERIC -> isDate(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : XlsxSheetRows.number(cell.getNumericCellValue());
      case ERROR -> error(cell.getErrorCellValue());
      default -> "";
    };
  }

  /** A date format on a number Excel cannot show as a date (negative, too large) leaves the number. */
  private static boolean isDate(Cell cell) {
    return DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue());
  }

  /** "#N/A", "#REF!": what the planner sees in the cell, so the quarantine report shows it instead of a blank. */
  private static String error(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException unknownCode) {
      return "#ERROR";
    }
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
