package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.ingest.FileSummary;
import id.spbe.analytics.pipeline.job.RunResult;
import id.spbe.analytics.pipeline.publish.RunRecord;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Row;

/** The console summary a planner reads after a run: what was read, what was refused, the resulting indices. */
final class RunSummaryPrinter {
  private RunSummaryPrinter() {}

  /** One line per input file: what it was read as and how many of its rows were taken. */
  static void printFiles(List<FileSummary> files, PrintWriter out) {
    out.printf("  %-40s %-24s %8s %9s %9s%n", "file", "kind", "read", "accepted", "rejected");
    for (FileSummary f : files) {
      out.printf("  %-40s %-24s %8d %9d %9d%n", f.file() + (f.sheet().isEmpty() ? "" : " [" + f.sheet() + "]"),
          f.kind(), f.rowsRead(), f.rowsAccepted(), f.rowsRejected());
    }
  }

  static void print(RunResult result, PrintWriter out) {
    RunRecord r = result.record();
    out.printf("Run %s: %s%s (%.1f s)%n", r.runId(), r.outcome(), r.version() == null ? "" : " " + r.version(),
        r.durationMs() / 1000.0);
    printFiles(r.inputs(), out);
    if (!result.sampleRejections().isEmpty()) {
      out.println("Rows that would be quarantined (first 20):");
      for (Row p : result.sampleRejections()) {
        out.printf("  %s row %s, %s='%s': [%s] %s%n", p.getAs("source_file"), p.getAs("source_row"),
            p.getAs("column_name"), p.getAs("raw_value"), p.getAs("reason_code"), p.getAs("message_en"));
      }
    }
    out.println("Indices (instansi, year, framework, source, index, predikat):");
    for (Row i : result.latestIndices()) {
      out.printf("  %s %s %-15s %-16s %5s %-12s %s%s%n", i.getAs("instansi_code"), i.getAs("year"),
          i.getAs("framework_id"), i.getAs("source"), i.getAs("index_value"), i.getAs("predikat"), i.getAs("basis"),
          Boolean.TRUE.equals(i.getAs("is_partial")) ? " (partial)" : "");
    }
    out.println(r.message());
    out.flush();
  }
}
