package id.spbe.analytics.pipeline.ingest;

import java.util.List;

/** What a planner is told when a workbook cannot be read as asked, whichever reader met it. */
final class WorkbookProblems {
  private WorkbookProblems() {}

  static FileLevelException unreadable(Exception cause) {
    return new FileLevelException(FileProblemCode.FILE_UNREADABLE,
        "Berkas bukan buku kerja Excel yang dapat dibaca (" + cause.getClass().getSimpleName() + ").",
        "The file is not a readable Excel workbook (" + cause.getClass().getSimpleName() + ").");
  }

  static FileLevelException sheetNotFound(String sheetName, List<String> names) {
    return new FileLevelException(FileProblemCode.SHEET_NOT_FOUND,
        "Lembar '" + sheetName + "' tidak ada; lembar yang ada: " + names + ".",
        "Sheet '" + sheetName + "' not found; the workbook has: " + names + ".");
  }

  static FileLevelException noVisibleSheet() {
    return new FileLevelException(FileProblemCode.SHEET_NOT_FOUND, "Buku kerja tidak memiliki lembar yang terlihat.",
        "The workbook has no visible sheet.");
  }
}
