package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.PredikatBand;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index table as a Keputusan MenPANRB prints it: per instansi its code, name, year, index and predikat, no
 * indicator and no scope column. Such a file holds index rows; without this reading it would be refused for
 * lacking an {@code indikator} column, though nothing in it is an indicator.
 *
 * <p>Only a value column named like an index ({@code indeks}, {@code indeks spbe}, {@code nilai indeks},
 * {@code index}) makes a file an index table: a bare {@code nilai} or {@code level} column without an indicator
 * is still a mistake worth refusing.
 */
final class IndexTable {
  private static final Set<String> INDEX_HEADERS = Set.of("indeks", "index", "nilai_indeks", "index_value",
      "indeks_spbe", "indeks_pemdi");

  private IndexTable() {}

  /** True when the header names an index value and neither an indicator nor a scope. */
  static boolean is(ColumnMapping mapping) {
    return mapping.has(Field.VALUE) && !mapping.has(Field.INDICATOR) && !mapping.has(Field.SCOPE)
        && INDEX_HEADERS.contains(Field.normalizeHeader(mapping.headerText(Field.VALUE)));
  }

  /**
   * Decrees head the instansi code column "Kode": in an index table, where there is no domain or aspect code to
   * mean, a {@code kode} column without a {@code kode_instansi} column is the instansi code.
   */
  static ColumnMapping interpret(ColumnMapping mapping, InputKind kind) {
    if ((kind != InputKind.OFFICIAL_RESULT && kind != InputKind.SELF_ASSESSMENT) || !is(mapping)
        || mapping.has(Field.INSTANSI_CODE) || !mapping.has(Field.SCOPE_CODE)) {
      return mapping;
    }
    Map<Field, Integer> columns = new LinkedHashMap<>(mapping.columns());
    Map<Field, String> texts = new LinkedHashMap<>(mapping.headerTexts());
    columns.put(Field.INSTANSI_CODE, columns.remove(Field.SCOPE_CODE));
    texts.put(Field.INSTANSI_CODE, texts.remove(Field.SCOPE_CODE));
    return new ColumnMapping(mapping.headerRowNumber(), columns, texts, mapping.ignoredHeaders());
  }

  /**
   * A predikat given beside an index must be the framework's band for that index: a mismatch means one of the
   * two was copied wrong, and which one is for the planner to say, so the row is refused naming both.
   */
  static void checkPredikat(RowContext row, Framework framework, BigDecimal value) {
    String given = row.text(Field.PREDIKAT);
    if (given.isEmpty() || framework == null || value == null) {
      return;
    }
    Optional<PredikatBand> band = framework.predikatBands().stream()
        .filter(b -> value.compareTo(b.lowerInclusive()) >= 0
            && (b.upperExclusive() == null || value.compareTo(b.upperExclusive()) < 0))
        .findFirst();
    if (band.isEmpty()) {
      return; // the value itself is refused as out of range
    }
    String wanted = key(given);
    if (!wanted.equals(key(band.get().predikat())) && !wanted.equals(key(band.get().predikatEn()))) {
      String range = band.get().lowerInclusive().toPlainString()
          + (band.get().upperExclusive() == null ? "+" : "-<" + band.get().upperExclusive().toPlainString());
      row.problem(Field.PREDIKAT, ReasonCode.PREDIKAT_MISMATCH, Expectation.of(
          "indeks " + value.toPlainString() + " berpredikat " + band.get().predikat() + " (" + range + ") dalam "
              + framework.id(),
          "index " + value.toPlainString() + " is " + band.get().predikat() + " (" + range + ") under "
              + framework.id()));
    }
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
  }
}
