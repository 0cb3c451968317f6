package id.spbe.analytics.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are in a warehouse folder, the one place every writer and reader takes the names from:
 * <pre>
 *   CURRENT                        the name of the published version, e.g. "v-000007"
 *   versions/v-000007/&lt;table&gt;/     Parquet, one folder per {@link PublishedTable}, and manifest.json (written last)
 *   runs/&lt;run_id&gt;/run.json          every run, whatever its outcome
 *   staging/&lt;run_id&gt;/               a run's staged input rows, removed when it ends
 *   LOCK                           held by the one run allowed to write
 * </pre>
 * The names are plain strings so the pipeline can build Hadoop paths (HDFS, S3) from them; readers of a local
 * folder (the dashboard, the benchmark, the end-to-end tests) use the {@link Path} helpers.
 */
public final class WarehouseLayout {
  /** The pointer file: its content is the published version's name, and swapping it publishes. */
  public static final String CURRENT = "CURRENT";
  public static final String VERSIONS = "versions";
  public static final String RUNS = "runs";
  public static final String STAGING = "staging";
  public static final String LOCK = "LOCK";
  /** In a version folder, written last: a version without it is incomplete and never pointed at. */
  public static final String MANIFEST = "manifest.json";
  /** In a run folder: the run's record. */
  public static final String RUN_RECORD = "run.json";

  private static final Pattern VERSION = Pattern.compile("v-(\\d{6})");

  private WarehouseLayout() {}

  /** The name of the {@code number}th version: {@code v-000007}. */
  public static String versionName(int number) {
    return String.format("v-%06d", number);
  }

  /** The number of a version folder's name; empty for anything else found in {@code versions/}. */
  public static OptionalInt versionNumber(String name) {
    Matcher m = VERSION.matcher(name);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  public static boolean isVersionName(String name) {
    return VERSION.matcher(name).matches();
  }

  public static Path pointer(Path warehouse) {
    return warehouse.resolve(CURRENT);
  }

  /** The version {@code CURRENT} names; empty while nothing is published. */
  public static Optional<String> currentVersion(Path warehouse) throws IOException {
    try {
      return Optional.of(Files.readString(pointer(warehouse), StandardCharsets.UTF_8).trim()).filter(s -> !s.isEmpty());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  public static Path versionDir(Path warehouse, String version) {
    return warehouse.resolve(VERSIONS).resolve(version);
  }

  /** The published version's folder; fails when nothing is published. */
  public static Path currentVersionDir(Path warehouse) throws IOException {
    String version = currentVersion(warehouse)
        .orElseThrow(() -> new NoSuchFileException(pointer(warehouse).toString(), null, "nothing published"));
    return versionDir(warehouse, version);
  }

  public static Path tableDir(Path versionDir, PublishedTable table) {
    return versionDir.resolve(table.tableName());
  }

  public static Path runDir(Path warehouse, String runId) {
    return warehouse.resolve(RUNS).resolve(runId);
  }
}
