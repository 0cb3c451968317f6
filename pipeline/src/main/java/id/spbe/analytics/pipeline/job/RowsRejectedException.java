package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.util.List;

/** Rows were quarantined and the run, by the safe default, published nothing. */
public class RowsRejectedException extends RuntimeException {
  private final long rejectedRows;
  private final String report;
  private final List<FileSummary> files;
  private final List<RowProblem> firstProblems;

  private final List<UnknownOpdName> unknownOpdNames;

  public RowsRejectedException(long rejectedRows, String report, List<FileSummary> files, List<RowProblem> firstProblems) {
    this(rejectedRows, report, files, firstProblems, List.of());
  }

  public RowsRejectedException(long rejectedRows, String report, List<FileSummary> files, List<RowProblem> firstProblems,
      List<UnknownOpdName> unknownOpdNames) {
    super(rejectedRows + " row(s) quarantined; nothing was published. Report: " + report);
    this.rejectedRows = rejectedRows;
    this.report = report;
    this.files = List.copyOf(files);
    this.firstProblems = List.copyOf(firstProblems);
    this.unknownOpdNames = List.copyOf(unknownOpdNames);
  }

  /** Each OPD name no OPD matched, once, with its row count (its rows are not among the first problems). */
  public List<UnknownOpdName> unknownOpdNames() {
    return unknownOpdNames;
  }

  public long rejectedRows() {
    return rejectedRows;
  }

  public String report() {
    return report;
  }

  /** What each input file gave: rows read, accepted, rejected. */
  public List<FileSummary> files() {
    return files;
  }

  /** The first refused cells in file and row order; the report has every one. */
  public List<RowProblem> firstProblems() {
    return firstProblems;
  }
}
