package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rows written wrong on purpose, by the reason code the pipeline should give them, and how many rows it
 * should refuse for them: a conflicting duplicate makes both of its rows refused.
 */
public final class BadRows {
  private final Map<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
  private long rejectedRows;

  void add(ReasonCode reason, int rowsRefused) {
    byReason.merge(reason, 1L, Long::sum);
    rejectedRows += rowsRefused;
  }

  void addAll(BadRows other) {
    other.byReason.forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
    rejectedRows += other.rejectedRows;
  }

  public Map<ReasonCode, Long> byReason() {
    return Collections.unmodifiableMap(byReason);
  }

  /** Rows the pipeline is expected to quarantine for these (its {@code rows_rejected}). */
  public long rejectedRows() {
    return rejectedRows;
  }
}
