package id.spbe.analytics.dashboard.export;

import id.spbe.analytics.dashboard.language.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table ready to write: localised headers, a type per column and the raw values (numbers stay numbers until a
 * writer formats them).
 *
 * @param title the sheet name and file title
 * @param about lines describing what was exported (instansi, filters, version), for the XLSX's second sheet
 */
public record ExportTable(String title, List<String> headers, List<ColumnType> types, List<Integer> scales,
    List<List<Object>> rows, Map<String, String> about, Messages messages) {

  public static <T> ExportTable of(String title, List<Column<T>> columns, List<T> rows, Map<String, String> about,
      Messages messages) {
    List<List<Object>> values = new ArrayList<>();
    for (T row : rows) {
      List<Object> line = new ArrayList<>(columns.size());
      columns.forEach(c -> line.add(c.value().apply(row)));
      values.add(line);
    }
    return new ExportTable(title, columns.stream().map(c -> messages.text(c.headerKey())).toList(),
        columns.stream().map(Column::type).toList(), columns.stream().map(Column::scale).toList(), values, about,
        messages);
  }

  /** A code in the chosen language when the page has a text for it ({@code code.<value>}), else as is. */
  public String code(Object value) {
    String key = "code." + value;
    return messages.has(key) ? messages.text(key) : String.valueOf(value);
  }
}
