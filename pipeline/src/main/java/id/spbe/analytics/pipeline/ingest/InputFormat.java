package id.spbe.analytics.pipeline.ingest;

import java.util.Locale;
import java.util.Optional;

public enum InputFormat {
  CSV, XLSX, JSON;

  public static Optional<InputFormat> byFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      return Optional.of(XLSX);
    }
    if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
