package id.spbe.analytics.pipeline.run;

/** Where long runs report what they are doing (stage, file, rows) so a planner knows the job is alive. */
@FunctionalInterface
public interface Progress {
  Progress SILENT = message -> { };

  void report(String message);
}
