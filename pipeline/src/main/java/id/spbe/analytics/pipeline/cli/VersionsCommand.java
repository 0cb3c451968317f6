package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.publish.RunRecord;
import id.spbe.analytics.pipeline.publish.Warehouse;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import id.spbe.analytics.pipeline.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "versions", description = {"List the published versions (current marked *) and the recorded runs.",
    "Example: spbe-pipeline versions --warehouse warehouse"})
final class VersionsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-w", "--warehouse"}, defaultValue = "${env:SPBE_WAREHOUSE:-warehouse}", paramLabel = "PATH",
      description = "The warehouse (default: $SPBE_WAREHOUSE or ./warehouse).")
  String warehouse;

  @Option(names = "--runs", defaultValue = "20", paramLabel = "N", description = "Recent runs shown (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() {
    Warehouse w = Warehouse.open(warehouse, SparkSessions.hadoopConfiguration());
    PrintWriter out = spec.commandLine().getOut();
    Optional<String> current = w.currentVersion();
    List<RunRecord> all = w.runs();
    out.println("Versions:");
    for (String v : w.versions()) {
      String by = all.stream().filter(r -> v.equals(r.version()) && r.outcome() == RunRecord.Outcome.PUBLISHED)
          .map(r -> "run " + r.runId() + " at " + r.finishedAt()).findFirst().orElse("");
      out.printf("  %s %s  %s%n", current.map(v::equals).orElse(false) ? "*" : " ", v, by);
    }
    out.println("Runs (newest last):");
    for (RunRecord r : all.subList(Math.max(0, all.size() - runs), all.size())) {
      out.printf("  %s  %-14s %-9s read %d, accepted %d, rejected %d  %s%n", r.runId(), r.outcome(),
          r.version() == null ? "" : r.version(), r.rowsRead(), r.rowsAccepted(), r.rowsRejected(),
          r.message() == null ? "" : r.message());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
