package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.ingest.InputKind;
import java.util.List;

/**
 * One input file's content before it is written in a dialect.
 *
 * @param path the file's path below the output folder, without extension, e.g. {@code 2023/penilaian-mandiri-2023-prov-35}
 * @param title what the workbook's title rows say (CSV files have none)
 * @param rows typed values in column order: String, Integer, BigDecimal, LocalDate, Boolean, {@link IndicatorCell}
 *     or {@link Raw}
 * @param badRows the rows written wrong on purpose, by the reason the pipeline is expected to give
 */
public record GeneratedTable(InputKind kind, String path, String title, List<Column> columns, List<List<Object>> rows,
    BadRows badRows) {

  public GeneratedTable {
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(path + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** An indicator number with its item (5/2018 indicator 35 is scored per public service: 35-1..35-3). */
  public record IndicatorCell(String code, int item) {
    public String text() {
      return item == 0 ? code : code + "-" + item;
    }
  }
}
