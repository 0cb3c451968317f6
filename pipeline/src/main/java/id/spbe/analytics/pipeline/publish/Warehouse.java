package id.spbe.analytics.pipeline.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.spbe.analytics.contract.PublishedTable;
import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The published state on disk. Every publish writes a complete new version folder, then swaps the
 * {@code CURRENT} pointer in one atomic step, so readers see the old state or the new, never a mix. The folder
 * names are the readers' too: {@link WarehouseLayout}. A refused run keeps its quarantine report and rows beside
 * its record in {@code runs/<run_id>/}.
 * A run killed at any moment leaves CURRENT on the last complete version; the next run removes what it left.
 */
public final class Warehouse {
  private static final String CURRENT = WarehouseLayout.CURRENT;
  private static final String MANIFEST = WarehouseLayout.MANIFEST;
  /** A run's refused rows, kept as Parquet beside its record (runs/&lt;run_id&gt;/quarantined_row). */
  public static final String QUARANTINED_ROWS = PublishedTable.QUARANTINED_ROW.tableName();
  private static final Pattern LOCK_HOLDER = Pattern.compile("^(\\d+)@(\\S+)(?: started (\\S+))?");
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path root;
  private final WarehouseFiles files;

  private Warehouse(Path root, WarehouseFiles files) {
    this.root = root;
    this.files = files;
  }

  public static Warehouse open(String location, Configuration conf) {
    try {
      Path root = new Path(location);
      org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(conf);
      root = fs.makeQualified(root);
      fs.mkdirs(new Path(root, WarehouseLayout.VERSIONS));
      fs.mkdirs(new Path(root, WarehouseLayout.RUNS));
      fs.mkdirs(new Path(root, WarehouseLayout.STAGING)); // in the layout whether or not this run stages to files
      return new Warehouse(root, new WarehouseFiles(fs, conf));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open warehouse " + location, e);
    }
  }

  public Path root() {
    return root;
  }

  public WarehouseFiles files() {
    return files;
  }

  public Path versionDir(String version) {
    return new Path(new Path(root, WarehouseLayout.VERSIONS), version);
  }

  public Path runDir(String runId) {
    return new Path(new Path(root, WarehouseLayout.RUNS), runId);
  }

  public Path stagingDir(String runId) {
    return new Path(new Path(root, WarehouseLayout.STAGING), runId);
  }

  public Optional<String> currentVersion() {
    try {
      return files.readText(new Path(root, CURRENT)).map(String::trim).filter(s -> !s.isEmpty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Versions on disk, oldest first. */
  public List<String> versions() {
    try {
      List<String> out = new ArrayList<>();
      for (FileStatus s : files.fs().listStatus(new Path(root, WarehouseLayout.VERSIONS))) {
        if (s.isDirectory() && WarehouseLayout.isVersionName(s.getPath().getName())) {
          out.add(s.getPath().getName());
        }
      }
      out.sort(Comparator.naturalOrder());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String nextVersion() {
    int max = 0;
    for (String v : versions()) {
      max = Math.max(max, WarehouseLayout.versionNumber(v).orElse(0));
    }
    return WarehouseLayout.versionName(max + 1);
  }

  public boolean isComplete(String version) {
    try {
      return files.fs().exists(new Path(versionDir(version), MANIFEST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The atomic step: from here on every reader resolves to {@code version}. */
  public void point(String version) {
    if (!isComplete(version)) {
      throw new IllegalStateException("Version " + version + " has no manifest; refusing to publish it");
    }
    try {
      files.replaceAtomically(new Path(root, CURRENT), version + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot swap the CURRENT pointer of " + root, e);
    }
  }

  public void writeManifest(String version, Map<String, Object> manifest) {
    try {
      files.writeText(new Path(versionDir(version), MANIFEST), JSON.writeValueAsString(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- runs

  public void writeRun(RunRecord run) {
    try {
      files.fs().mkdirs(runDir(run.runId()));
      files.writeText(new Path(runDir(run.runId()), WarehouseLayout.RUN_RECORD), JSON.writeValueAsString(run));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record run " + run.runId(), e);
    }
  }

  /** Every recorded run, oldest first. */
  public List<RunRecord> runs() {
    try {
      List<RunRecord> out = new ArrayList<>();
      for (FileStatus s : files.fs().listStatus(new Path(root, WarehouseLayout.RUNS))) {
        Optional<String> text = files.readText(new Path(s.getPath(), WarehouseLayout.RUN_RECORD));
        if (text.isPresent()) {
          out.add(JSON.readValue(text.get(), RunRecord.class));
        }
      }
      out.sort(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::runId));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- lock and recovery

  /**
   * Takes the warehouse lock. A lock left by a dead process on this host is taken over: the holder's pid is
   * gone, or now belongs to a process started at another time (pids are reused).
   */
  public AutoCloseable lock(String runId) {
    Path lock = new Path(root, WarehouseLayout.LOCK);
    String me = ProcessHandle.current().pid() + "@" + host() + " started " + startOf(ProcessHandle.current())
        + " run " + runId + " since " + Instant.now();
    try {
      for (int attempt = 0; attempt < 2; attempt++) {
        if (files.createExclusive(lock, me)) {
          return () -> files.deleteRecursively(lock);
        }
        String holder = files.readText(lock).orElse("").trim();
        if (!holderIsDead(holder)) {
          throw new WarehouseBusyException("Another run holds the warehouse lock (" + holder + "): " + lock);
        }
        files.deleteRecursively(lock);
      }
      throw new WarehouseBusyException("Could not take the warehouse lock " + lock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holderIsDead(String holder) {
    Matcher m = LOCK_HOLDER.matcher(holder);
    if (!m.find()) {
      return true; // an empty or torn lock file: its writer died mid-write
    }
    if (!m.group(2).equals(host())) {
      return false; // another machine's process: only it can say whether it is alive
    }
    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive);
    return process.isEmpty() || m.group(3) != null && !m.group(3).equals(startOf(process.get()));
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse("unknown");
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /**
   * Removes what dead runs left (call with the lock held) and returns what it did, for the console:
   * staging folders and temporary files; for each run still RUNNING, either its record completed from the
   * manifest (it died after switching CURRENT, so its version is published) or the run marked ABORTED and its
   * partial quarantine removed; then every version folder that is neither current nor complete and published.
   */
  public List<String> recover() {
    List<String> done = new ArrayList<>();
    try {
      removeStaging(done);
      files.deleteTemporaryFiles(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<String> current = currentVersion();
    Optional<RunRecord> currentRun = current.flatMap(this::publishedRun);
    for (RunRecord run : runs()) {
      if (run.outcome() != RunRecord.Outcome.RUNNING) {
        continue;
      }
      if (currentRun.map(r -> r.runId().equals(run.runId())).orElse(false)) {
        writeRun(currentRun.get().with(RunRecord.Outcome.PUBLISHED, currentRun.get().message()
            + " (recorded by recovery: the process ended after CURRENT was switched to " + current.get() + ")"));
        done.add("recorded run " + run.runId() + " as published: it ended after switching CURRENT to " + current.get());
      } else {
        files.deleteRecursively(new Path(runDir(run.runId()), QUARANTINED_ROWS));
        writeRun(run.with(RunRecord.Outcome.ABORTED, "the process ended before the run finished"));
        done.add("marked run " + run.runId() + " as aborted");
      }
    }
    removeUnpublishedVersions(current, done);
    return done;
  }

  private void removeStaging(List<String> done) throws IOException {
    Path staging = new Path(root, WarehouseLayout.STAGING);
    if (files.fs().exists(staging)) {
      for (FileStatus s : files.fs().listStatus(staging)) {
        files.deleteRecursively(s.getPath());
        done.add("removed staging of run " + s.getPath().getName());
      }
    }
  }

  private void removeUnpublishedVersions(Optional<String> current, List<String> done) {
    List<RunRecord> runs = runs();
    for (String version : versions()) {
      boolean published = current.map(version::equals).orElse(false) || isComplete(version) && runs.stream()
          .anyMatch(r -> r.outcome() == RunRecord.Outcome.PUBLISHED && version.equals(r.version()));
      if (!published) {
        files.deleteRecursively(versionDir(version));
        done.add("removed unpublished version " + version);
      }
    }
  }

  /** A text field of a version's manifest, e.g. the fingerprint of the inputs it was published from. */
  public Optional<String> manifestField(String version, String field) {
    try {
      Optional<String> manifest = files.readText(new Path(versionDir(version), MANIFEST));
      if (manifest.isEmpty()) {
        return Optional.empty();
      }
      com.fasterxml.jackson.databind.JsonNode value = JSON.readTree(manifest.get()).get(field);
      return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the manifest of " + version, e);
    }
  }

  /** The run record a version's manifest carries: what the run that wrote it was about to record. */
  public Optional<RunRecord> publishedRun(String version) {
    try {
      Optional<String> manifest = files.readText(new Path(versionDir(version), MANIFEST));
      if (manifest.isEmpty()) {
        return Optional.empty();
      }
      com.fasterxml.jackson.databind.JsonNode run = JSON.readTree(manifest.get()).get("run");
      return run == null || run.isNull() ? Optional.empty() : Optional.of(JSON.treeToValue(run, RunRecord.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the manifest of " + version, e);
    }
  }

  /**
   * Keeps the newest {@code keep} versions and the current one; older versions are deleted. The manifest goes
   * first, so a prune killed halfway leaves a folder that rollback refuses and the next recovery removes.
   */
  public List<String> prune(int keep) {
    List<String> versions = versions();
    Optional<String> current = currentVersion();
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < versions.size() - keep; i++) {
      String v = versions.get(i);
      if (current.map(v::equals).orElse(false)) {
        continue;
      }
      files.deleteRecursively(new Path(versionDir(v), MANIFEST));
      files.deleteRecursively(versionDir(v));
      removed.add(v);
    }
    return removed;
  }
}
