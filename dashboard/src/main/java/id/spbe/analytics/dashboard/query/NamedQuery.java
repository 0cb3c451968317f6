package id.spbe.analytics.dashboard.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every SQL statement the dashboard runs, each in its own file {@code sql/<view>/<query>.sql} on the class path,
 * named after what it answers (the file's first line says what). The files are read once, when this class is first
 * used ({@link #requireAll()} at start-up), and a missing one stops the start with its name. The benchmark names
 * the same files to time them on DuckDB alone.
 */
public enum NamedQuery {
  INSTANSI_WITH_RESULTS("instansi/with_results"),
  FILTER_ASPECTS("filter/aspects"),
  FILTER_DOMAINS("filter/domains"),
  FILTER_FRAMEWORK_OF("filter/framework_of"),
  FILTER_OPDS("filter/opds"),
  FILTER_REVIEW_YEAR("filter/review_year"),
  FILTER_YEARS("filter/years"),
  RINGKASAN_BANDS("ringkasan/bands"),
  RINGKASAN_FRAMEWORKS("ringkasan/frameworks"),
  RINGKASAN_LATEST_OFFICIAL("ringkasan/latest_official"),
  RINGKASAN_OF_YEAR("ringkasan/of_year"),
  RINGKASAN_PENDING_EXTERNAL("ringkasan/pending_external"),
  RINGKASAN_PROJECTIONS("ringkasan/projections"),
  RINGKASAN_SELF_VS_OFFICIAL("ringkasan/self_vs_official"),
  RINGKASAN_SERIES("ringkasan/series"),
  RINGKASAN_TARGET_CONVERSIONS("ringkasan/target_conversions"),
  RINGKASAN_TREND("ringkasan/trend"),
  DOMAIN_ASPECTS("domain/aspects"),
  DOMAIN_DOMAINS("domain/domains"),
  DOMAIN_YEARS("domain/years"),
  INDIKATOR_GAP_ROWS("indikator/gap_rows"),
  INDIKATOR_YEARS("indikator/years"),
  OPD_SCORECARDS("opd/scorecards"),
  OPD_YEARS("opd/years"),
  RENCANA_CANDIDATES("rencana/candidates"),
  RENCANA_HIDES_STEPS("rencana/hides_steps"),
  RENCANA_STEPS("rencana/steps"),
  RENCANA_SUMMARIES("rencana/summaries"),
  RENCANA_WHAT_IF("rencana/what_if"),
  PERBANDINGAN_BENCHMARKS("perbandingan/benchmarks"),
  PERBANDINGAN_DOMAINS("perbandingan/domains"),
  PERBANDINGAN_NATIONAL("perbandingan/national"),
  PERBANDINGAN_PEERS("perbandingan/peers"),
  PERBANDINGAN_YEARS("perbandingan/years"),
  DATA_INPUTS("data/inputs"),
  DATA_QUARANTINED("data/quarantined"),
  DATA_QUARANTINED_COUNT("data/quarantined_count"),
  DATA_RUNS("data/runs"),
  BUKTI_INDEX("bukti/index"),
  BUKTI_INDICATORS("bukti/indicators"),
  BUKTI_LEVELS("bukti/levels"),
  BUKTI_OPDS("bukti/opds"),
  BUKTI_PROGRESS("bukti/progress"),
  BUKTI_PUBLISHED("bukti/published"),
  BUKTI_SNAPSHOTS("bukti/snapshots"),
  BUKTI_TODO("bukti/todo"),
  BUKTI_YEARS("bukti/years");

  /** Where the files are on the class path. */
  public static final String FOLDER = "sql/";

  private final String name;
  private String sql;

  NamedQuery(String name) {
    this.name = name;
  }

  static {
    List<String> missing = new ArrayList<>();
    for (NamedQuery q : values()) {
      q.sql = read(q.file());
      if (q.sql == null) {
        missing.add(q.file());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The dashboard's SQL is incomplete: " + String.join(", ", missing)
          + " missing from its class path");
    }
  }

  /** Reads every file, so that a build without one fails when it starts rather than at the first request. */
  public static void requireAll() {
    try {
      values();
    } catch (ExceptionInInitializerError e) {
      if (e.getCause() instanceof IllegalStateException missing) {
        throw missing;
      }
      throw e;
    }
  }

  /** {@code ringkasan/latest_official}: the view and the query, as the file is named. */
  public String queryName() {
    return name;
  }

  /** {@code sql/ringkasan/latest_official.sql}. */
  public String file() {
    return FOLDER + name + ".sql";
  }

  public String sql() {
    return sql;
  }

  private static String read(String file) {
    try (InputStream in = NamedQuery.class.getClassLoader().getResourceAsStream(file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
