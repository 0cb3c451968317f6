package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.publish.RunRecord;
import id.spbe.analytics.pipeline.publish.Warehouse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import id.spbe.analytics.pipeline.spark.SparkSessions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rollback", description = {"Make an earlier published version current again (one atomic pointer swap).",
    "Example: spbe-pipeline rollback --to v-000003   or   spbe-pipeline rollback --previous"})
final class RollbackCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-w", "--warehouse"}, defaultValue = "${env:SPBE_WAREHOUSE:-warehouse}", paramLabel = "PATH",
      description = "The warehouse (default: $SPBE_WAREHOUSE or ./warehouse).")
  String warehouse;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--to", paramLabel = "VERSION", description = "The version to make current, e.g. v-000003.")
    String version;

    @Option(names = "--previous", description = "The version published before the current one.")
    boolean previous;
  }

  @Override
  public Integer call() throws Exception {
    Warehouse w = Warehouse.open(warehouse, SparkSessions.hadoopConfiguration());
    String runId = "rollback-" + Instant.now().toEpochMilli();
    try (AutoCloseable lock = w.lock(runId)) {
      w.recover();
      String from = w.currentVersion().orElseThrow(() -> new UsageException("Nothing is published yet."));
      String to = target.previous ? previousOf(w.versions(), from) : target.version;
      if (!w.versions().contains(to) || !w.isComplete(to)) {
        throw new UsageException("Version " + to + " is not available; available: " + w.versions());
      }
      w.point(to);
      Instant now = Instant.now();
      w.writeRun(new RunRecord(runId, "rollback", now.toString(), now.toString(), 0, RunRecord.Outcome.ROLLED_BACK, to,
          from, false, List.of(), 0, 0, 0, Map.of(), "rolled back from " + from + " to " + to, List.of()));
      spec.commandLine().getOut().println("CURRENT: " + from + " -> " + to);
      return ExitCodes.OK;
    }
  }

  private static String previousOf(List<String> versions, String current) {
    int i = versions.indexOf(current);
    if (i <= 0) {
      throw new UsageException("No version before " + current + " is kept; available: " + versions);
    }
    return versions.get(i - 1);
  }
}
