package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.generate.GeneratedTable.IndicatorCell;
import id.spbe.analytics.pipeline.ingest.Field;
import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a keyed share of indicator-level assessment rows wrong, the ways planners' files go wrong: a level out
 * of range or with decimals (too many for Pemdi), an indicator that does not exist, a typo in the year, an empty level, an impossible
 * date, an OPD or kode instansi not in the lists, the same indicator twice with different levels.
 */
final class BadRowPlanter {
  static final String UNKNOWN_INSTANSI_CODE = "9999999";
  static final String UNKNOWN_OPD_NAME = "Dinas Fiktif";
  private static final List<ReasonCode> EVERY_TABLE = List.of(ReasonCode.LEVEL_OUT_OF_RANGE,
      ReasonCode.LEVEL_NOT_INTEGER, ReasonCode.UNKNOWN_INDICATOR, ReasonCode.BAD_YEAR, ReasonCode.MISSING_VALUE,
      ReasonCode.UNKNOWN_INSTANSI, ReasonCode.DUPLICATE_CONFLICT);

  private final long seed;
  private final double rate;

  BadRowPlanter(long seed, double rate) {
    this.seed = seed;
    this.rate = rate;
  }

  /** Adds the row to {@code out} as it is, written wrong, or followed by a conflicting copy. */
  void add(List<Object> row, List<Column> columns, Framework framework, String fileKey, BadRows tally,
      List<List<Object>> out) {
    if (rate == 0 || Keyed.uniform(seed, "bad", fileKey, out.size()) >= rate) {
      out.add(row);
      return;
    }
    List<ReasonCode> possible = new ArrayList<>(EVERY_TABLE);
    if (!framework.valueScale().wholeLevels()) { // Pemdi takes 2,5: a fraction is wrong only past its places
      possible.set(possible.indexOf(ReasonCode.LEVEL_NOT_INTEGER), ReasonCode.VALUE_TOO_PRECISE);
    }
    if (has(columns, Field.SUBMITTED_ON)) {
      possible.add(ReasonCode.BAD_DATE);
    }
    if (has(columns, Field.OPD)) {
      possible.add(ReasonCode.UNKNOWN_OPD);
    }
    ReasonCode reason = possible.get(Keyed.random(seed, "bad-kind", fileKey, out.size()).nextInt(possible.size()));
    List<Object> bad = new ArrayList<>(row);
    int level = (Integer) row.get(index(columns, Field.VALUE));
    switch (reason) {
      case LEVEL_OUT_OF_RANGE -> set(bad, columns, Field.VALUE, framework.levelMax() + 2);
      case LEVEL_NOT_INTEGER -> set(bad, columns, Field.VALUE, new BigDecimal(level + ".5"));
      case VALUE_TOO_PRECISE -> set(bad, columns, Field.VALUE, new BigDecimal("1.255"));
      case UNKNOWN_INDICATOR -> set(bad, columns, Field.INDICATOR, new IndicatorCell("99", 0));
      case BAD_YEAR -> set(bad, columns, Field.YEAR, new Raw("2O" + String.valueOf(row.get(index(columns, Field.YEAR))).substring(2)));
      case MISSING_VALUE -> set(bad, columns, Field.VALUE, new Raw(""));
      case BAD_DATE -> set(bad, columns, Field.SUBMITTED_ON, new Raw("31/02/" + row.get(index(columns, Field.YEAR))));
      case UNKNOWN_OPD -> set(bad, columns, Field.OPD, UNKNOWN_OPD_NAME);
      case UNKNOWN_INSTANSI -> set(bad, columns, Field.INSTANSI_CODE, UNKNOWN_INSTANSI_CODE);
      case DUPLICATE_CONFLICT -> {
        out.add(row);
        set(bad, columns, Field.VALUE, level == framework.levelMax() ? level - 1 : level + 1);
      }
      default -> throw new IllegalStateException("no way to plant " + reason);
    }
    out.add(bad);
    tally.add(reason, reason == ReasonCode.DUPLICATE_CONFLICT ? 2 : 1);
  }

  private static boolean has(List<Column> columns, Field field) {
    return columns.stream().anyMatch(c -> c.field() == field);
  }

  private static void set(List<Object> row, List<Column> columns, Field field, Object value) {
    row.set(index(columns, field), value);
  }

  private static int index(List<Column> columns, Field field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + field + " column among " + columns);
  }
}
