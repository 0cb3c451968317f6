package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.publish.RunRecord.Outcome;
import id.spbe.analytics.pipeline.publish.Warehouse;
import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Tells, without Spark, that a run would publish what is already current: a planner re-running the same folder
 * learns in seconds that nothing changed instead of waiting for an identical version. A warehouse holding a dead
 * run's record is never "unchanged": the full run must recover it first.
 */
public final class UnchangedRun {
  private UnchangedRun() {}

  /** The current version when it was published from exactly these inputs, flags, catalogs and build. */
  public static Optional<String> currentVersionIfSame(RunConfig config, Configuration conf) throws IOException {
    if (config.dryRun()) {
      return Optional.empty();
    }
    Warehouse warehouse = Warehouse.open(config.warehouse(), conf);
    Optional<String> current = warehouse.currentVersion();
    if (current.isEmpty() || warehouse.runs().stream().anyMatch(r -> r.outcome() == Outcome.RUNNING)) {
      return Optional.empty();
    }
    Optional<String> recorded = warehouse.manifestField(current.get(), InputFingerprint.MANIFEST_KEY);
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    return InputFingerprint.ofInputs(config, conf).filter(recorded.get()::equals).map(same -> current.get());
  }
}
