package id.spbe.analytics.pipeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells data rows from the furniture government spreadsheets carry below their header: the column-number row
 * ("(1) (2) (3) ..."), the header repeated on every printed page, and rows with nothing in any column this file
 * uses (pre-numbered empty template rows, a signature block in an unused column). Everything else is data and is
 * checked, so a real row with a bad value is quarantined, never skipped.
 */
final class DataRows {
  private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");
  private static final int MIN_NUMBERED_COLUMNS = 3;

  private final ColumnMapping mapping;
  /** Each mapped column's header as normalised once: a repeated header is looked for on every row. */
  private final Map<Integer, String> normalizedHeaders = new java.util.LinkedHashMap<>();
  private boolean sawRowBelowHeader;

  DataRows(ColumnMapping mapping) {
    this.mapping = mapping;
    mapping.columns().forEach((field, column) ->
        normalizedHeaders.put(column, Field.normalizeHeader(mapping.headerText(field))));
  }

  /** Call once per row, in order. */
  boolean isData(RawRow row) {
    if (row.rowNumber() <= mapping.headerRowNumber() || mappedCellsBlank(row)) {
      return false;
    }
    boolean first = !sawRowBelowHeader;
    sawRowBelowHeader = true;
    return !(first && isColumnNumbering(row)) && !repeatsHeader(row);
  }

  private boolean mappedCellsBlank(RawRow row) {
    return mapping.columns().values().stream().allMatch(i -> row.cell(i).isBlank());
  }

  private boolean repeatsHeader(RawRow row) {
    for (Map.Entry<Integer, String> header : normalizedHeaders.entrySet()) {
      if (!Field.normalizeHeader(row.cell(header.getKey())).equals(header.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** "1 2 3 4 ..." or "(1) (2) (3) ...": every non-blank cell numbered in column order, starting at 1. */
  private static boolean isColumnNumbering(RawRow row) {
    List<Integer> numbers = new ArrayList<>();
    for (String cell : row.cells()) {
      if (cell == null || cell.isBlank()) {
        continue;
      }
      Matcher m = COLUMN_NUMBER.matcher(cell.trim());
      if (!m.matches()) {
        return false;
      }
      numbers.add(Integer.parseInt(m.group(1)));
    }
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) != i + 1) {
        return false;
      }
    }
    return numbers.size() >= MIN_NUMBERED_COLUMNS;
  }
}
