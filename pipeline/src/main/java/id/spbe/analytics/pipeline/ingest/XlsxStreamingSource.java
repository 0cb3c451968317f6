package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.ingest.XlsxWorkbookIndex.SheetRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * A sheet of an .xlsx workbook read through POI's event model ({@link XSSFReader}) instead of its cell model: the
 * named sheet or the first visible one, rows pulled from the sheet's XML as they are needed. POI's
 * {@code XSSFWorkbook} parses every cell into XMLBeans objects under one global lock; this reads the same values
 * ({@link XlsxSheetRows}) at a fraction of the cost and memory. Legacy .xls and password-protected workbooks (OLE2
 * files, not zip packages) stay with {@link XlsxSource}.
 */
public final class XlsxStreamingSource implements TabularSource {
  private final OPCPackage pkg;
  private final XlsxWorkbookIndex index;
  private final SheetRef sheet;
  private final boolean sheetNamed;
  private final XSSFReader reader;
  private final List<XlsxSheetRows> open = new ArrayList<>();

  private XlsxStreamingSource(OPCPackage pkg, XSSFReader reader, XlsxWorkbookIndex index, SheetRef sheet,
      boolean sheetNamed) {
    this.pkg = pkg;
    this.reader = reader;
    this.index = index;
    this.sheet = sheet;
    this.sheetNamed = sheetNamed;
  }

  public static XlsxStreamingSource open(InputStream in, String sheetName) throws IOException {
    OPCPackage pkg;
    XSSFReader reader;
    XlsxWorkbookIndex index;
    try (in) {
      pkg = OPCPackage.open(in);
      reader = new XSSFReader(pkg);
      index = XlsxWorkbookIndex.read(reader.getWorkbookData());
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw WorkbookProblems.unreadable(e);
    }
    boolean named = sheetName != null && !sheetName.isBlank();
    try {
      return new XlsxStreamingSource(pkg, reader, index, pickSheet(index, sheetName), named);
    } catch (FileLevelException e) {
      pkg.revert();
      throw e;
    }
  }

  private static SheetRef pickSheet(XlsxWorkbookIndex index, String sheetName) {
    List<String> names = index.sheets().stream().map(SheetRef::name).toList();
    if (sheetName != null && !sheetName.isBlank()) {
      return index.sheets().stream().filter(s -> s.name().trim().equalsIgnoreCase(sheetName.trim())).findFirst()
          .orElseThrow(() -> WorkbookProblems.sheetNotFound(sheetName, names));
    }
    return index.sheets().stream().filter(SheetRef::visible).findFirst()
        .orElseThrow(WorkbookProblems::noVisibleSheet);
  }

  @Override
  public String sheetName() {
    return sheet.name();
  }

  @Override
  public InputFormat format() {
    return InputFormat.XLSX;
  }

  /** When no sheet was named: the other visible sheets, in workbook order, to look for the header in. */
  @Override
  public List<String> otherSheets() {
    return sheetNamed ? List.of() : index.sheets().stream().filter(s -> s.visible() && s != sheet)
        .map(SheetRef::name).toList();
  }

  @Override
  public Iterator<RawRow> rows() {
    try {
      SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XlsxSheetRows rows = new XlsxSheetRows(reader.getSheet(sheet.relationId()), strings, styles, index.date1904(),
          XlsxSheetRows.mergedRegions(reader.getSheet(sheet.relationId())));
      open.add(rows);
      return rows;
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      throw WorkbookProblems.unreadable(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      for (XlsxSheetRows rows : open) {
        rows.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      pkg.revert(); // opened to read: nothing to save
    }
  }
}
