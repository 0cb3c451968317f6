package id.spbe.analytics.pipeline.ingest;

import java.util.List;

/** Raised when one or more files cannot be used at all; nothing has been written when it is thrown. */
public class InputRejectedException extends RuntimeException {
  private final List<FileProblem> problems;

  public InputRejectedException(List<FileProblem> problems) {
    super(problems.size() + " input file problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
