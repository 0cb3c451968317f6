package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.catalog.MaturityLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fill-in template of an input kind. CSV: UTF-8 with a BOM, ';' and CRLF, which Excel set to the
 * Indonesian locale opens in columns. XLSX: the "Data" sheet first (what the pipeline reads), text-formatted
 * columns where Excel would otherwise turn "35-2" into a date, dropdowns for fixed values, then "Petunjuk"
 * (every column, its accepted names, how to fill it, the example row) and "Referensi" (level names, indicators).
 */
public final class TemplateWriter {
  static final String DATA_SHEET = "Data";
  static final String GUIDE_SHEET = "Petunjuk";
  static final String REFERENCE_SHEET = "Referensi";
  private static final int PREPARED_ROWS = 1000;
  private static final Set<Field> NUMBERS = Set.of(Field.YEAR, Field.VALUE, Field.TARGET_INDEX, Field.TARGET_LEVEL,
      Field.FROM_LEVEL, Field.EFFORT);
  private static final Set<Field> DATES = Set.of(Field.SUBMITTED_ON, Field.DEADLINE);

  private final FrameworkCatalog catalog;

  public TemplateWriter(FrameworkCatalog catalog) {
    this.catalog = catalog;
  }

  /** @param withExample also put the example row in the data (to try the pipeline; delete it before real use) */
  public Path write(InputKind kind, InputFormat format, Path dir, boolean withExample) throws IOException {
    Path file = dir.resolve(InputTemplate.fileName(kind, format));
    List<InputTemplate.Column> columns = InputTemplate.columns(kind);
    switch (format) {
      case CSV -> writeCsv(file, columns, withExample);
      case XLSX -> writeXlsx(file, kind, columns, withExample);
      case JSON -> throw new IllegalArgumentException("Templates are CSV or XLSX; JSON inputs follow docs/inputs.md");
    }
    return file;
  }

  private static void writeCsv(Path file, List<InputTemplate.Column> columns, boolean withExample) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(csvLine(columns.stream().map(c -> c.field().headerName()).toList()));
      if (withExample) {
        out.write(csvLine(columns.stream().map(InputTemplate.Column::example).toList()));
      }
    }
  }

  private static String csvLine(List<String> cells) {
    return String.join(";", cells.stream().map(TemplateWriter::csvCell).toList()) + "\r\n";
  }

  private static String csvCell(String text) {
    return text.matches(".*[;\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private void writeXlsx(Path file, InputKind kind, List<InputTemplate.Column> columns, boolean withExample)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Styles styles = new Styles(workbook);
      Sheet data = workbook.createSheet(DATA_SHEET);
      header(data, columns.stream().map(c -> c.field().headerName()).toList(), styles);
      for (int i = 0; i < columns.size(); i++) {
        Field field = columns.get(i).field();
        data.setColumnWidth(i, Math.max(14, field.headerName().length() + 4) * 256);
        if (!NUMBERS.contains(field) && !DATES.contains(field)) {
          data.setDefaultColumnStyle(i, styles.text);
        }
        dropdown(data, i, field);
      }
      data.createFreezePane(0, 1);
      if (withExample) {
        exampleRow(data.createRow(1), columns, styles);
      }
      guide(workbook.createSheet(GUIDE_SHEET), kind, columns, styles);
      reference(workbook.createSheet(REFERENCE_SHEET), kind, styles);
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static void header(Sheet sheet, List<String> names, Styles styles) {
    Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
    for (int i = 0; i < names.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(names.get(i));
      cell.setCellStyle(styles.header);
    }
  }

  /** Numbers as numbers and dates as dates, as a planner typing into Excel produces them. */
  private static void exampleRow(Row row, List<InputTemplate.Column> columns, Styles styles) {
    for (int i = 0; i < columns.size(); i++) {
      InputTemplate.Column column = columns.get(i);
      if (column.example().isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (NUMBERS.contains(column.field())) {
        cell.setCellValue(Double.parseDouble(column.example().replace(',', '.')));
      } else if (DATES.contains(column.field())) {
        cell.setCellValue(LocalDate.parse(column.example()));
        cell.setCellStyle(styles.date);
      } else {
        cell.setCellValue(column.example());
        cell.setCellStyle(styles.text);
      }
    }
  }

  private static void dropdown(Sheet sheet, int column, Field field) {
    String[] values = switch (field) {
      case ILLUSTRATIVE -> new String[] {"ya", "tidak"};
      case SCOPE -> new String[] {"indikator", "indeks", "domain", "aspek"};
      case INSTANSI_KIND -> new String[] {"provinsi", "kabupaten", "kota", "pusat"};
      case INDEX_SCALE -> new String[] {"INDEKS_SPBE", "INDEKS_PEMDI"};
      default -> null;
    };
    if (values == null) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
        new CellRangeAddressList(1, PREPARED_ROWS, column, column));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING); // the pipeline accepts more spellings than the list
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static void guide(Sheet sheet, InputKind kind, List<InputTemplate.Column> columns, Styles styles) {
    line(sheet, styles.title, "Templat " + kind.label() + " (jenis/kind: " + kind.id() + ")");
    line(sheet, null, "Isi lembar '" + DATA_SHEET + "' mulai baris 2, satu baris per nilai. Baris judul di atas tabel, "
        + "kolom tambahan dan urutan kolom lain boleh; nama kolom di kolom 'Nama lain' juga diterima.");
    line(sheet, null, "Fill the '" + DATA_SHEET + "' sheet from row 2, one row per value. Title rows above the table, "
        + "extra columns and another column order are fine; the names under 'Nama lain' are accepted too.");
    line(sheet, null, "Jalankan / run: spbe-pipeline run --input " + InputTemplate.fileName(kind, InputFormat.XLSX)
        + " --dry-run   (memeriksa tanpa menerbitkan / checks without publishing)");
    sheet.createRow(sheet.getLastRowNum() + 1);
    header(sheet, List.of("Kolom / Column", "Wajib / Required", "Nama lain / Also accepted", "Cara mengisi",
        "How to fill", "Contoh / Example"), styles);
    for (InputTemplate.Column c : columns) {
      line(sheet, null, c.field().headerName(), c.required() ? "wajib / required" : "pilihan / optional",
          String.join(", ", c.field().aliases().subList(1, c.field().aliases().size())), c.guidance().id(),
          c.guidance().en(), c.example());
    }
    sheet.createRow(sheet.getLastRowNum() + 1);
    line(sheet, styles.title, "Contoh baris / Example row (salin ke lembar Data / copy to the Data sheet)");
    header(sheet, columns.stream().map(c -> c.field().headerName()).toList(), styles);
    line(sheet, null, columns.stream().map(InputTemplate.Column::example).toArray(String[]::new));
    int[] widths = {24, 18, 40, 70, 70, 30};
    for (int i = 0; i < Math.max(widths.length, columns.size()); i++) {
      sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 18) * 256);
    }
  }

  private void reference(Sheet sheet, InputKind kind, Styles styles) {
    line(sheet, styles.title, "Tingkat kematangan / maturity levels");
    header(sheet, List.of("Kerangka / Framework", "Tahun / Years", "Kelompok / Family", "Tingkat / Level",
        "Nama / Name", "Name (EN)"), styles);
    for (Framework f : catalog.all()) {
      for (MaturityLevel l : f.maturityLevels()) {
        line(sheet, null, f.id(), f.yearRange(), l.levelFamily(), String.valueOf(l.level()), l.levelName(), l.levelNameEn());
      }
    }
    if (kind.accepts(Field.INDICATOR)) {
      sheet.createRow(sheet.getLastRowNum() + 1);
      line(sheet, styles.title, "Indikator / indicators");
      header(sheet, List.of("Kerangka / Framework", "Indikator / Indicator", "Nama / Name", "Aspek / Aspect",
          "Kelompok tingkat / Level family", "Butir / Items"), styles);
      for (Framework f : catalog.all()) {
        for (Indicator i : f.indicators().values().stream()
            .sorted(java.util.Comparator.comparingInt(i -> Integer.parseInt(i.code()))).toList()) {
          line(sheet, null, f.id(), i.code(), i.name(), i.aspectCode(), i.levelFamily(),
              i.maxItems() > 1 ? i.code() + "-1 .. " + i.code() + "-" + i.maxItems() : "");
        }
      }
    }
    int[] widths = {20, 14, 16, 14, 70, 28};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static void line(Sheet sheet, CellStyle style, String... cells) {
    Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
    for (int i = 0; i < cells.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(cells[i]);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle date;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      title = workbook.createCellStyle();
      title.setFont(bold);
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }
  }
}
