package id.spbe.analytics.pipeline.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * The workbook a planner opens to fix refused rows: one line per refused cell, with file, sheet, row, column,
 * the value found, a stable reason code and the message in Bahasa Indonesia and English; then a summary sheet
 * with the refused cells per file and reason.
 */
public final class QuarantineReport {
  /** Excel's own limit, minus the header row. */
  static final int MAX_ROWS = 1_048_575;
  private static final List<String> HEADERS = List.of(
      "Berkas / File", "Lembar / Sheet", "Baris / Row", "Kolom / Column", "Nilai / Value", "Kode alasan / Reason code",
      "Pesan", "Message");
  private static final int[] WIDTHS = {34, 14, 10, 22, 24, 26, 70, 70};

  private QuarantineReport() {}

  /** @param rows ordered by file and row, in the {@code StagedFacts.ROW_PROBLEM_DDL} shape */
  public static long write(FileSystem fs, Path target, Iterator<Row> rows) throws IOException {
    long written = 0;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = fs.create(target, true)) {
      SXSSFSheet sheet = workbook.createSheet("Karantina");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      SXSSFRow header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
        sheet.setColumnWidth(i, WIDTHS[i] * 256);
      }
      sheet.createFreezePane(0, 1);
      Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
          .thenComparing(k -> k.get(1)));
      while (rows.hasNext() && written < MAX_ROWS) {
        Row r = rows.next();
        long[] count = counts.computeIfAbsent(List.of(text(r, "source_file"), text(r, "reason_code")),
            k -> new long[] {0, ((Number) r.getAs("source_row")).longValue()});
        count[0]++;
        SXSSFRow line = sheet.createRow((int) ++written);
        line.createCell(0).setCellValue(text(r, "source_file"));
        line.createCell(1).setCellValue(text(r, "source_sheet"));
        line.createCell(2).setCellValue(((Number) r.getAs("source_row")).doubleValue());
        line.createCell(3).setCellValue(text(r, "column_name"));
        line.createCell(4).setCellValue(text(r, "raw_value")); // a string cell: "=..." is shown, never evaluated
        line.createCell(5).setCellValue(text(r, "reason_code"));
        line.createCell(6).setCellValue(text(r, "message_id"));
        line.createCell(7).setCellValue(text(r, "message_en"));
      }
      sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(written, 1), 0, HEADERS.size() - 1));
      summary(workbook.createSheet("Ringkasan"), bold, counts);
      workbook.write(out);
    }
    return written;
  }

  /** Refused cells per file and reason, with the first row of each: where to start fixing. */
  private static void summary(SXSSFSheet sheet, CellStyle bold, Map<List<String>, long[]> counts) {
    List<String> headers = List.of("Berkas / File", "Kode alasan / Reason code", "Sel ditolak / Refused cells",
        "Baris pertama / First row");
    SXSSFRow header = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      header.createCell(i).setCellValue(headers.get(i));
      header.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, (i == 0 ? 40 : 26) * 256);
    }
    int line = 0;
    for (Map.Entry<List<String>, long[]> e : counts.entrySet()) {
      SXSSFRow row = sheet.createRow(++line);
      row.createCell(0).setCellValue(e.getKey().get(0));
      row.createCell(1).setCellValue(e.getKey().get(1));
      row.createCell(2).setCellValue(e.getValue()[0]);
      row.createCell(3).setCellValue(e.getValue()[1]);
    }
  }

  private static String text(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? "" : value.toString();
  }
}
