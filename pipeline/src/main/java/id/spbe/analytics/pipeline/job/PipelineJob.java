package id.spbe.analytics.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import id.spbe.analytics.pipeline.catalog.CatalogTables;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactMerger;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.facts.PreviousFacts;
import id.spbe.analytics.pipeline.staging.StagedFacts;
import id.spbe.analytics.pipeline.ingest.FileContextLocator;
import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.ingest.InputDiscovery;
import id.spbe.analytics.pipeline.ingest.InputRejectedException;
import id.spbe.analytics.pipeline.ingest.Ingestor;
import id.spbe.analytics.pipeline.staging.ParquetStagingWriter;
import id.spbe.analytics.pipeline.staging.StagingBuffer;
import id.spbe.analytics.pipeline.run.Progress;
import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.ingest.SourceOpener;
import id.spbe.analytics.pipeline.metrics.MetricsComputer;
import id.spbe.analytics.pipeline.metrics.TableSink;
import id.spbe.analytics.pipeline.publish.ParquetTableSink;
import id.spbe.analytics.pipeline.publish.ParquetTableSink.Downstream;
import id.spbe.analytics.pipeline.publish.PausePoint;
import id.spbe.analytics.pipeline.publish.QuarantineReport;
import id.spbe.analytics.pipeline.publish.RunRecord;
import id.spbe.analytics.pipeline.publish.RunRecord.Outcome;
import id.spbe.analytics.pipeline.publish.Warehouse;
import id.spbe.analytics.pipeline.spark.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * One run of the main job: check the input files, stage their rows, check rows against each other and the
 * previous state, then either refuse (nothing published, a quarantine report written) or publish a complete
 * new version and swap the pointer. Any failure leaves the last published state as it was.
 */
public final class PipelineJob {
  private static final int WRITER_THREADS = 4;
  private static final Object[] OPD_NAME_REASONS = {ReasonCode.UNKNOWN_OPD.name(), ReasonCode.AMBIGUOUS_OPD.name()};
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final FrameworkCatalog catalog;
  private final Progress progress;
  private final Clock clock;

  public PipelineJob(SparkSession spark, FrameworkCatalog catalog, Progress progress, Clock clock) {
    this.spark = spark;
    this.catalog = catalog;
    this.progress = progress;
    this.clock = clock;
  }

  public RunResult run(RunConfig config) {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    Warehouse warehouse = Warehouse.open(config.warehouse(), hadoopConf);
    Instant started = clock.instant();
    String runId = RUN_ID.format(started) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    AutoCloseable lock = warehouse.lock(runId);
    try {
      warehouse.recover().forEach(progress::report);
      return new Attempt(config, warehouse, runId, started, hadoopConf).run();
    } finally {
      closeQuietly(lock);
    }
  }

  private static Dataset<Row> await(Future<Dataset<Row>> write) {
    try {
      return write.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing tables", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static void closeQuietly(AutoCloseable lock) {
    try {
      lock.close();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot release the warehouse lock", e);
    }
  }

  /** The state of one run, so each step reads as a short method. */
  private final class Attempt {
    private final RunConfig config;
    private final Warehouse warehouse;
    private final String runId;
    private final Instant started;
    private final Configuration hadoopConf;
    private final Optional<String> previousVersion;
    private List<FileSummary> inputs = List.of();
    private StagedFacts staged;
    /** What later statements read of a table just stored: chosen by the run's size. */
    private Downstream downstream = Downstream.READ_BACK;
    /** What the run noticed but did not refuse (identical repeats kept once, files without data rows). */
    private final List<String> notes = new ArrayList<>();

    Attempt(RunConfig config, Warehouse warehouse, String runId, Instant started, Configuration hadoopConf) {
      this.config = config;
      this.warehouse = warehouse;
      this.runId = runId;
      this.started = started;
      this.hadoopConf = hadoopConf;
      this.previousVersion = warehouse.currentVersion();
    }

    RunResult run() {
      record(Outcome.RUNNING, null, 0, Map.of(), "");
      Path staging = warehouse.stagingDir(runId);
      try {
        long published = publishedFactRows(); // read once: it bounds the staging and sizes the run
        stage(staging, published);
        PausePoint.STAGED.reached();
        long rows = stagedRows() + published;
        downstream = SparkSessions.isSmallRun(spark, rows) ? Downstream.HELD_IN_MEMORY : Downstream.READ_BACK;
        try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, rows)) {
          return checkAndPublish(staging);
        }
      } catch (InputRejectedException | RowsRejectedException e) {
        throw e;
      } catch (RuntimeException e) {
        record(Outcome.FAILED, null, 0, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        throw e;
      } finally {
        warehouse.files().deleteRecursively(staging);
      }
    }

    private RunResult checkAndPublish(Path staging) {
      Map<FactTable, Dataset<Row>> previous = PreviousFacts.read(spark,
          previousVersion.map(warehouse::versionDir).orElse(null));
      progress.report("check rows against each other and the published state");
      FactMerger.Result merged = FactMerger.merge(staged.facts(spark), previous, downstream == Downstream.HELD_IN_MEMORY);
      notes.addAll(merged.notes());
      Dataset<Row> rejections = staged.rowProblems(spark)
          .unionByName(merged.rejections()).cache();
      long rejectedRows = countRejectedRowsPerFile(rejections);
      if (config.dryRun()) {
        return dryRun(merged, rejections, rejectedRows, staging);
      }
      if (rejectedRows > 0 && !config.publishValidRows()) {
        String report = writeQuarantine(rejections);
        record(Outcome.REJECTED_ROWS, null, rejectedRows, Map.of(), "rows quarantined; report " + report);
        throw new RowsRejectedException(rejectedRows, report, inputs, firstProblems(rejections),
            unknownOpdNames(rejections));
      }
      return publish(merged, rejections, rejectedRows);
    }

    private long stagedRows() {
      return inputs.stream().mapToLong(FileSummary::rowsRead).sum();
    }

    /**
     * The fact rows the published version holds, from its manifest: a re-ingest of one national year stages
     * fewer rows than a regency's bound but merges and computes over the whole published set.
     */
    private long publishedFactRows() {
      Map<String, Long> published = previousVersion.flatMap(warehouse::publishedRun)
          .map(RunRecord::tableRows).orElse(null);
      return published == null ? 0
          : Arrays.stream(FactTable.values()).mapToLong(t -> published.getOrDefault(t.tableName(), 0L)).sum();
    }

    /** Reads every input file into the staging folder; a refused input is recorded as this run's outcome. */
    private void stage(Path staging, long publishedRows) {
      try (StagingBuffer buffer = new StagingBuffer(SparkSessions.stagingRowsInMemory(spark, publishedRows), staging,
          () -> new ParquetStagingWriter(staging, hadoopConf))) {
        InputDiscovery.Discovery found = new InputDiscovery(hadoopConf).scan(config.inputs(), config.kind(), config.sheet(),
            Optional.of(config.warehouse()));
        inputs = new Ingestor(catalog, new SourceOpener(hadoopConf), progress, config.year(), config.instansi(),
            this::publishedInstansi).ingest(found, buffer);
        staged = buffer.finish();
      } catch (InputRejectedException e) {
        record(Outcome.REJECTED_FILES, null, 0, Map.of(), e.getMessage());
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The published instansi list, for workbooks that name their instansi only in a title row. */
    private List<FileContextLocator.KnownInstansi> publishedInstansi() {
      Dataset<Row> instansi = PreviousFacts.read(spark, previousVersion.map(warehouse::versionDir).orElse(null))
          .get(FactTable.INSTANSI);
      return instansi.select("instansi_code", "instansi_name", "instansi_kind").collectAsList().stream()
          .map(r -> new FileContextLocator.KnownInstansi(r.getString(0), r.getString(1), r.getString(2))).toList();
    }

    /** Refused rows per file (a row with three bad cells counts once), folded into the file summaries. */
    private long countRejectedRowsPerFile(Dataset<Row> rejections) {
      Map<String, Long> perFile = new LinkedHashMap<>();
      for (Row r : rejections.select("source_file", "source_sheet", "source_row").distinct()
          .groupBy("source_file").count().collectAsList()) {
        perFile.put(r.getString(0), r.getLong(1));
      }
      List<FileSummary> updated = new ArrayList<>();
      for (FileSummary f : inputs) {
        long rejected = perFile.getOrDefault(f.file(), 0L);
        updated.add(f.withRejected(rejected));
      }
      inputs = updated;
      return perFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Computes every table as a publish would, into the run's staging folder (deleted when the run ends), so nothing
     * is published. Written rather than cached: a cache of every table held the heap of an embedding session (tests,
     * spark-submit) and made a planner's dry run four times slower than the publish it checks.
     */
    private RunResult dryRun(FactMerger.Result merged, Dataset<Row> rejections, long rejectedRows, Path staging) {
      try (ParquetTableSink sink = new ParquetTableSink(spark, new Path(staging, "dry-run-tables"), downstream)) {
        computeAll(merged, sink);
        sink.awaitWritten();
        return dryRunResult(sink, rejections, rejectedRows);
      }
    }

    private RunResult dryRunResult(ParquetTableSink sink, Dataset<Row> rejections, long rejectedRows) {
      RunRecord record = buildRecord(Outcome.DRY_RUN, null, rejectedRows, sink.rowCounts(),
          rejectedRows == 0 ? "dry run: nothing written" : "dry run: " + rejectedRows + " row(s) would be quarantined");
      List<Row> sample = rejections.where(not(col("reason_code").isin(OPD_NAME_REASONS))).orderBy("source_file", "source_row")
          .limit(20).collectAsList();
      return new RunResult(record, latestIndices(), sample, rejectedRows > 0 ? unknownOpdNames(rejections) : List.of());
    }

    private RunResult publish(FactMerger.Result merged, Dataset<Row> rejections, long rejectedRows) {
      String version = warehouse.nextVersion();
      Path versionDir = warehouse.versionDir(version);
      progress.report("publish " + version);
      try (ParquetTableSink sink = new ParquetTableSink(spark, versionDir, downstream)) {
        computeAll(merged, sink);
        sink.awaitWritten();
        String report = rejectedRows > 0 ? writeQuarantine(rejections) : null;
        RunRecord published = buildRecord(Outcome.PUBLISHED, version, rejectedRows, sink.rowCounts(),
            report == null ? "published" : "published with " + rejectedRows + " row(s) quarantined; report " + report);
        writeRunTables(sink, published);
        sink.awaitWritten();
        warehouse.writeManifest(version, manifest(version, sink.rowCounts(), published));
        PausePoint.BEFORE_SWAP.reached();
        warehouse.point(version);
        PausePoint.AFTER_SWAP.reached();
        warehouse.writeRun(published);
        warehouse.prune(config.keepVersions()).forEach(v -> progress.report("removed old version " + v));
        return new RunResult(published, latestIndices(), List.of(),
            rejectedRows > 0 ? unknownOpdNames(rejections) : List.of());
      } catch (RuntimeException e) {
        if (!warehouse.currentVersion().map(version::equals).orElse(false)) {
          warehouse.files().deleteRecursively(versionDir); // never became current: nobody can be reading it
        }
        throw e;
      }
    }

    private void computeAll(FactMerger.Result merged, TableSink sink) {
      Map<String, Dataset<Row>> inputs = new LinkedHashMap<>();
      merged.merged().forEach((table, rows) -> inputs.put(table.tableName(), rows));
      inputs.putAll(CatalogTables.create(spark, catalog));
      materializeConcurrently(sink, inputs).forEach((name, rows) -> rows.createOrReplaceTempView(name));
      MetricsComputer.compute(spark, sink, progress);
    }

    /**
     * Independent tables are written from several threads: each write of a small table is mostly Spark's
     * fixed cost per job (planning, code generation, scheduling), which overlaps well on two cores.
     */
    private Map<String, Dataset<Row>> materializeConcurrently(TableSink sink, Map<String, Dataset<Row>> tables) {
      ExecutorService pool = Executors.newFixedThreadPool(WRITER_THREADS);
      try {
        Map<String, Future<Dataset<Row>>> pending = new LinkedHashMap<>();
        tables.forEach((name, rows) -> pending.put(name, pool.submit(() -> {
          progress.report("write " + name);
          return sink.materialize(name, rows);
        })));
        Map<String, Dataset<Row>> written = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Dataset<Row>>> e : pending.entrySet()) {
          written.put(e.getKey(), await(e.getValue()));
        }
        return written;
      } finally {
        pool.shutdownNow();
      }
    }

    private void writeRunTables(TableSink sink, RunRecord current) {
      List<RunRecord> runs = new ArrayList<>(warehouse.runs().stream().filter(r -> !r.runId().equals(runId)).toList());
      runs.add(current);
      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      tables.put("pipeline_run", RunTables.pipelineRun(spark, runs));
      tables.put("pipeline_run_input", RunTables.pipelineRunInput(spark, runs));
      tables.put("quarantined_row", quarantineHistory());
      materializeConcurrently(sink, tables);
    }

    /**
     * Every finished run's refused rows, this run's included; a run that died while writing its quarantine
     * left a partial folder that must not be read.
     */
    private Dataset<Row> quarantineHistory() {
      List<String> dirs = new ArrayList<>();
      for (RunRecord r : warehouse.runs()) {
        boolean finished = r.runId().equals(runId) || r.outcome() == Outcome.REJECTED_ROWS
            || r.outcome() == Outcome.PUBLISHED && r.publishedWithRejectedRows();
        Path dir = new Path(warehouse.runDir(r.runId()), Warehouse.QUARANTINED_ROWS);
        try {
          if (finished && warehouse.files().fs().exists(dir)) {
            dirs.add(dir.toString());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Dataset<Row> empty = spark.createDataFrame(List.of(),
          org.apache.spark.sql.types.StructType.fromDDL(RunTables.QUARANTINED_ROW_DDL));
      return dirs.isEmpty() ? empty : spark.read().parquet(dirs.toArray(String[]::new)).unionByName(empty);
    }

    private String writeQuarantine(Dataset<Row> rejections) {
      Path runDir = warehouse.runDir(runId);
      rejections.withColumn("run_id", lit(runId)).coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(new Path(runDir, Warehouse.QUARANTINED_ROWS).toString());
      Path report = new Path(runDir, "quarantine-report.xlsx");
      try {
        QuarantineReport.write(warehouse.files().fs(), report,
            rejections.orderBy(col("source_file"), col("source_row"), col("column_name")).toLocalIterator());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the quarantine report " + report, e);
      }
      return report.toUri().getPath();
    }

    /** Each OPD name that matched no OPD (or two), once, most rows first. */
    private List<UnknownOpdName> unknownOpdNames(Dataset<Row> rejections) {
      return rejections.where(col("reason_code").isin(OPD_NAME_REASONS))
          .groupBy("reason_code", "raw_value")
          .agg(functions.countDistinct(col("source_file"), col("source_sheet"), col("source_row")).as("rows"),
              functions.min("message_id").as("message_id"), functions.min("message_en").as("message_en"))
          .orderBy(col("rows").desc(), col("raw_value")).collectAsList().stream()
          .map(r -> new UnknownOpdName(r.getAs("reason_code"), r.getAs("raw_value"), r.<Long>getAs("rows"),
              r.getAs("message_id"), r.getAs("message_en")))
          .toList();
    }

    /** The first refused cells, for the console; the report has them all. OPD names are counted per name. */
    private List<RowProblem> firstProblems(Dataset<Row> rejections) {
      return rejections.where(not(col("reason_code").isin(OPD_NAME_REASONS))).orderBy(col("source_file"), col("source_row"), col("column_name")).limit(10).collectAsList()
          .stream().map(r -> new RowProblem(r.getAs("source_file"), r.getAs("source_sheet"), r.<Long>getAs("source_row"),
              r.getAs("column_name"), r.getAs("raw_value"), ReasonCode.valueOf(r.getAs("reason_code")),
              r.getAs("message_id"), r.getAs("message_en")))
          .toList();
    }

    private List<Row> latestIndices() {
      return spark.sql("select instansi_code, year, framework_id, source, index_value, predikat, basis, is_partial "
          + "from instansi_index order by instansi_code, year, source").collectAsList();
    }

    /** Carries the run record too: recovery completes the record from it when the run dies after the swap. */
    private Map<String, Object> manifest(String version, Map<String, Long> rowCounts, RunRecord published) {
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("version", version);
      manifest.put("run_id", runId);
      manifest.put("created_at", clock.instant().toString());
      manifest.put("previous_version", previousVersion.orElse(null));
      manifest.put("tables", rowCounts);
      manifest.put("catalog_warnings", catalog.warnings());
      manifest.put("run", published);
      manifest.put(InputFingerprint.MANIFEST_KEY, InputFingerprint.of(config, inputs));
      return manifest;
    }

    private void record(Outcome outcome, String version, long rejectedRows, Map<String, Long> tables, String message) {
      if (!config.dryRun()) {
        warehouse.writeRun(buildRecord(outcome, version, rejectedRows, tables, message));
      }
    }

    private RunRecord buildRecord(Outcome outcome, String version, long rejectedRows, Map<String, Long> tables,
        String message) {
      Instant now = clock.instant();
      long read = inputs.stream().mapToLong(FileSummary::rowsRead).sum();
      return new RunRecord(runId, "run", started.toString(), outcome == Outcome.RUNNING ? null : now.toString(),
          Duration.between(started, now).toMillis(), outcome, version, previousVersion.orElse(null),
          outcome == Outcome.PUBLISHED && rejectedRows > 0, inputs, read, read - rejectedRows, rejectedRows,
          tables, message, warnings());
    }

    private List<String> warnings() {
      List<String> all = new ArrayList<>(catalog.warnings());
      all.addAll(notes);
      return all;
    }
  }
}
