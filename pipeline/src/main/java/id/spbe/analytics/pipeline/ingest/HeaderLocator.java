package id.spbe.analytics.pipeline.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the header row below any title rows ("REKAPITULASI PENILAIAN MANDIRI SPBE 2023", a date, a blank row):
 * the first row among the top rows that names the most columns this kind of file can have.
 */
public final class HeaderLocator {
  /** Title blocks in real sheets are a few rows; a header further down is not a header. */
  public static final int MAX_HEADER_ROW = 30;

  private HeaderLocator() {}

  public static Optional<ColumnMapping> locate(List<RawRow> topRows, InputKind kind) {
    ColumnMapping best = null;
    for (RawRow row : topRows) {
      ColumnMapping candidate = map(row, kind);
      if (best == null || candidate.columns().size() > best.columns().size()) {
        best = candidate;
      }
    }
    return best == null || best.columns().isEmpty() ? Optional.empty() : Optional.of(best);
  }

  private static ColumnMapping map(RawRow row, InputKind kind) {
    Map<Field, Integer> columns = new EnumMap<>(Field.class);
    Map<Field, String> texts = new EnumMap<>(Field.class);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String text = row.cell(i).trim();
      if (text.isEmpty()) {
        continue;
      }
      Optional<Field> field = Field.byHeader(text, kind);
      if (field.isPresent() && !columns.containsKey(field.get())) {
        columns.put(field.get(), i);
        texts.put(field.get(), text);
      } else {
        ignored.add(text);
      }
    }
    return new ColumnMapping(row.rowNumber(), columns, texts, ignored);
  }

  /** The fields a file of this kind must have but this header lacks. */
  public static List<Field> missingRequired(ColumnMapping mapping, InputKind kind) {
    List<Field> missing = kind.required().stream().filter(f -> !mapping.has(f)).sorted().collect(Collectors.toList());
    // official and self-assessment rows name what they score either by indicator or by scope + code
    if ((kind == InputKind.OFFICIAL_RESULT || kind == InputKind.SELF_ASSESSMENT)
        && !mapping.has(Field.INDICATOR) && !(mapping.has(Field.SCOPE)) && !IndexTable.is(mapping)) {
      missing.add(Field.INDICATOR);
    }
    return missing;
  }
}
