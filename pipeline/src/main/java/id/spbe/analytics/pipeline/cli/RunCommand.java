package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.ingest.InputKind;
import id.spbe.analytics.pipeline.job.PipelineJob;
import id.spbe.analytics.pipeline.job.RunConfig;
import id.spbe.analytics.pipeline.job.RunResult;
import id.spbe.analytics.pipeline.job.UnchangedRun;
import id.spbe.analytics.pipeline.run.Progress;
import id.spbe.analytics.pipeline.spark.SparkSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", description = {
    "Ingest official results, self-assessments and planning files, compute the indices and publish them.",
    "Example: spbe-pipeline run --input data/samples/kabupaten-blitar --warehouse warehouse"})
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-i", "--input"}, required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files or folders to ingest (local paths or hdfs://, s3a:// URIs).")
  List<String> inputs;

  @Option(names = {"-w", "--warehouse"}, defaultValue = "${env:SPBE_WAREHOUSE:-warehouse}", paramLabel = "PATH",
      description = "Where versions are published (default: $SPBE_WAREHOUSE or ./warehouse).")
  String warehouse;

  @Option(names = {"-r", "--reference"}, defaultValue = "${env:SPBE_REFERENCE}", paramLabel = "DIR",
      description = "Framework catalogs (default: $SPBE_REFERENCE, else the catalogs inside the jar).")
  Path reference;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Treat every input as this kind instead of reading it from file names: ${COMPLETION-CANDIDATES}.")
  InputKind kind;

  @Option(names = "--sheet", paramLabel = "NAME", description = "Workbook sheet to read (default: the first visible).")
  String sheet;

  @Option(names = {"--tahun", "--year"}, paramLabel = "YYYY",
      description = "The year of files that have no tahun column (else taken from their title rows or file name).")
  Integer year;

  @Option(names = "--instansi", paramLabel = "KODE",
      description = "The kode instansi (or name) of files that have no kode_instansi column (else taken from their "
          + "title rows or file name).")
  String instansi;

  @Option(names = "--publish-valid-rows",
      description = "Publish the accepted rows even when some rows are quarantined (default: publish nothing).")
  boolean publishValidRows;

  @Option(names = "--dry-run", description = "Validate and compute, print the summary, write nothing.")
  boolean dryRun;

  @Option(names = "--keep-versions", defaultValue = "5", paramLabel = "N",
      description = "Published versions kept for rollback (default: ${DEFAULT-VALUE}).")
  int keepVersions;

  @Option(names = "--force",
      description = "Publish a new version even when the inputs are those the current version was published from.")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    if (keepVersions < 1) {
      throw new UsageException("--keep-versions harus minimal 1 / must be at least 1, was " + keepVersions);
    }
    RunConfig config = new RunConfig(inputs, warehouse, referenceFolder(), Optional.ofNullable(kind), sheet, publishValidRows,
        dryRun, keepVersions, year, instansi);
    Optional<String> unchanged = force ? Optional.empty()
        : UnchangedRun.currentVersionIfSame(config, SparkSessions.hadoopConfiguration());
    if (unchanged.isPresent()) {
      spec.commandLine().getOut().printf("Tidak ada yang berubah: masukan sama dengan yang menerbitkan %s; tidak ada "
          + "versi baru (--force menerbitkan ulang).%nNothing changed: the inputs are those %s was published from; "
          + "nothing published (--force publishes again).%n", unchanged.get(), unchanged.get());
      return ExitCodes.OK;
    }
    FrameworkCatalog catalog = CatalogLoader.load(config.referenceDir());
    long start = System.nanoTime();
    Progress progress = quiet ? Progress.SILENT : message -> spec.commandLine().getErr()
        .printf("· %6.1fs %s%n", (System.nanoTime() - start) / 1e9, message);
    // a session that already exists belongs to whoever embeds this command (spark-submit, a test): not ours to stop
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    progress.report(ownSession ? "start Spark" : "use the running Spark session");
    SparkSession spark = SparkSessions.create("spbe-pipeline");
    try {
      RunResult result = new PipelineJob(spark, catalog, progress, Clock.systemUTC()).run(config);
      RunSummaryPrinter.print(result, spec.commandLine().getOut());
      return result.record().rowsRejected() > 0 && dryRun ? ExitCodes.ROWS_QUARANTINED : ExitCodes.OK;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** The folder named by --reference or $SPBE_REFERENCE, else the catalogs the jar carries. */
  private Path referenceFolder() {
    return reference != null ? reference : id.spbe.analytics.pipeline.catalog.BundledReference.folder();
  }
}
