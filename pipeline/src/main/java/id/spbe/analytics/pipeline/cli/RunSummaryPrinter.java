package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.job.RunResult;
import id.spbe.analytics.pipeline.job.UnknownOpdName;
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
      // a year or instansi not read from a column is shown, so a wrong title or file name is seen before it counts
      if (f.context().implied()) {
        out.printf("      %s%n", f.context().describe());
      }
      for (String note : f.notes()) {
        if (note.equals("NO_DATA_ROWS")) {
          out.printf("      %s: %s%n", note, "tanpa baris data, tidak ada yang diambil / no data rows, nothing taken");
        } else if (note.matches("^[A-Z_]+: .*")) { // a count line; the rows it counts are in the run record
          out.printf("      %s%n", note);
        }
      }
    }
  }

  /** One line per OPD name no OPD of the list matched, with its row count, instead of one line per row. */
  static void printUnknownOpdNames(List<UnknownOpdName> names, PrintWriter out) {
    if (names.isEmpty()) {
      return;
    }
    long rows = names.stream().mapToLong(UnknownOpdName::rows).sum();
    out.printf("  Nama OPD tak dikenal / unknown OPD names: %d nama/names in %d baris/rows%n", names.size(), rows);
    for (UnknownOpdName n : names) {
      out.printf("  [%s] '%s' (%d baris/rows)%n", n.reasonCode(), n.name(), n.rows());
      out.printf("    ID: %s%n", n.messageId());
      out.printf("    EN: %s%n", n.messageEn());
    }
  }

  /** The run record's notes about this run's rows (identical repeats kept once). */
  static void printNotes(RunRecord r, PrintWriter out) {
    List<String> notes = r.warnings() == null ? List.of()
        : r.warnings().stream().filter(w -> w.startsWith(RUN_NOTE_PREFIX)).toList();
    if (!notes.isEmpty()) {
      out.println("Catatan / notes:");
      notes.forEach(n -> out.println("  " + n));
    }
  }

  private static final String RUN_NOTE_PREFIX = "IDENTICAL_REPEAT";

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
    printUnknownOpdNames(result.unknownOpdNames(), out);
    printNotes(r, out);
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
