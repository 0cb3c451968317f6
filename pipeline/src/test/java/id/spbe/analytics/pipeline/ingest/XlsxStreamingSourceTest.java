package id.spbe.analytics.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader reads every workbook exactly as POI's cell model does ({@link XlsxSource}, the reader it
 * replaces for .xlsx): the same sheet, the same other sheets, the same rows with the same numbers and the same text
 * in every cell, over random workbooks with merges, hidden sheets, dates, errors and title rows, and over the
 * kinds of cell the random ones lack (formulas, rich and inline text, 1904 dates, blank styled cells).
 */
class XlsxStreamingSourceTest {

  @Test
  void readsEveryRandomWorkbookAsThePoiCellModelDoes() throws IOException {
    Random random = new Random(20261203);
    for (int i = 0; i < 200; i++) {
      assertSameAsCellModel(Mutations.randomWorkbook(random), null, "random workbook " + i);
    }
  }

  @Test
  void readsFormulasRichAndInlineText1904DatesAndBlankStyledCellsAsThePoiCellModelDoes() throws IOException {
    byte[] book = workbookWithEveryKindOfCell(false);
    assertSameAsCellModel(book, null, "every kind of cell");
    assertSameAsCellModel(book, "Kedua", "the second sheet by name");
    assertSameAsCellModel(workbookWithEveryKindOfCell(true), null, "1904 dates");
    assertThat(rows(XlsxStreamingSource.open(new ByteArrayInputStream(workbookWithEveryKindOfCell(true)), null)).get(1)
        .cell(2)).as("a 1904 workbook's date").isEqualTo("2025-07-03");
    List<RawRow> rows = rows(XlsxStreamingSource.open(new ByteArrayInputStream(book), null));
    // the values a planner sees, spelled out once so that both readers being wrong the same way still fails
    assertThat(rows.get(0).cells()).containsExactly("REKAP PENILAIAN", "REKAP PENILAIAN", "REKAP PENILAIAN");
    assertThat(rows.get(1).cells()).containsExactly("4", "Bappeda Kabupaten", "2025-07-03", "2.76", "#N/A", "true",
        "", "teks");
    assertThat(rows.get(1).rowNumber()).isEqualTo(3);
    assertThat(rows(XlsxStreamingSource.open(new ByteArrayInputStream(inlineStrings()), null)).get(0).cells())
        .containsExactly("tahun", "2025", "Diskominfo");
  }

  @Test
  void aMissingSheetOrADamagedPackageIsAFileProblemInWords() throws IOException {
    byte[] book = workbookWithEveryKindOfCell(false);
    assertThatThrownBy(() -> XlsxStreamingSource.open(new ByteArrayInputStream(book), "Tidak Ada"))
        .isInstanceOf(FileLevelException.class).hasMessageContaining("Sheet 'Tidak Ada' not found")
        .hasMessageContaining("[Data, Tersembunyi, Kedua]");
    byte[] damaged = java.util.Arrays.copyOf(book, book.length / 2);
    assertThatThrownBy(() -> XlsxStreamingSource.open(new ByteArrayInputStream(damaged), null))
        .isInstanceOf(FileLevelException.class).hasMessageContaining("not a readable Excel workbook");
  }

  private static void assertSameAsCellModel(byte[] book, String sheet, String what) throws IOException {
    try (TabularSource cellModel = XlsxSource.open(new ByteArrayInputStream(book), sheet);
        TabularSource streaming = XlsxStreamingSource.open(new ByteArrayInputStream(book), sheet)) {
      assertThat(streaming.sheetName()).as(what).isEqualTo(cellModel.sheetName());
      assertThat(streaming.otherSheets()).as(what).isEqualTo(cellModel.otherSheets());
      assertThat(rows(streaming)).as(what).isEqualTo(rows(cellModel));
    }
  }

  private static List<RawRow> rows(TabularSource source) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    try (source) {
      source.rows().forEachRemaining(rows::add);
    }
    return rows;
  }

  /** Row 1 a merged title; row 3 (row 2 absent) a formula, rich text, a date, a decimal, an error, a boolean... */
  private static byte[] workbookWithEveryKindOfCell(boolean date1904) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var workbook = book.getCTWorkbook();
      (workbook.isSetWorkbookPr() ? workbook.getWorkbookPr() : workbook.addNewWorkbookPr()).setDate1904(date1904);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("d mmmm yyyy"));
      CellStyle styledBlank = book.createCellStyle();
      styledBlank.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Sheet data = book.createSheet("Data");
      data.createRow(0).createCell(0).setCellValue("REKAP PENILAIAN");
      data.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
      Row row = data.createRow(2);
      row.createCell(0).setCellFormula("MIN(5,1+3)");
      XSSFRichTextString rich = new XSSFRichTextString("Bappeda Kabupaten");
      XSSFFont bold = book.createFont();
      bold.setBold(true);
      rich.applyFont(0, 7, bold);
      row.createCell(1).setCellValue(rich);
      row.createCell(2).setCellValue(LocalDate.of(2025, 7, 3));
      row.getCell(2).setCellStyle(date);
      row.createCell(3).setCellValue(2.76);
      row.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
      row.createCell(5).setCellFormula("1=1");
      row.createCell(6).setCellStyle(styledBlank);
      row.createCell(7).setCellFormula("\"te\"&\"ks\"");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Sheet hidden = book.createSheet("Tersembunyi");
      hidden.createRow(0).createCell(0).setCellValue("tahun");
      book.setSheetHidden(book.getSheetIndex(hidden), true);
      Sheet second = book.createSheet("Kedua");
      second.createRow(4).createCell(2).setCellValue(-12.5);
      second.createRow(5).createCell(0).setCellValue("di bawah gabungan");
      second.addMergedRegion(CellRangeAddress.valueOf("A6:A8"));
      second.createRow(7).createCell(3).setCellValue("baris 8");
      book.write(out);
      return out.toByteArray();
    }
  }

  /** SXSSF writes text as inline strings, not shared ones, as some exporting tools do. */
  private static byte[] inlineStrings() throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row row = book.createSheet("Data").createRow(0);
      row.createCell(0).setCellValue("tahun");
      row.createCell(1).setCellValue(2025);
      row.createCell(2).setCellValue("Diskominfo");
      book.write(out);
      book.dispose();
      return out.toByteArray();
    }
  }

}
