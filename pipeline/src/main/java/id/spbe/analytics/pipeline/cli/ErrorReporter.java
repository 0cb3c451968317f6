package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.catalog.CatalogException;
import id.spbe.analytics.pipeline.ingest.FileProblem;
import id.spbe.analytics.pipeline.ingest.InputRejectedException;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.job.RowsRejectedException;
import id.spbe.analytics.pipeline.publish.WarehouseBusyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to a message a planner can act on and a documented exit code, in one place. A stack trace
 * is never the message: unexpected errors are written to a log file whose path is printed.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof InputRejectedException rejected) {
      err.println("Berkas masukan ditolak; tidak ada yang ditulis. / Input files rejected; nothing was written.");
      for (FileProblem p : rejected.problems()) {
        err.println("  " + p.file() + " [" + p.code() + "]");
        err.println("    ID: " + p.messageId());
        err.println("    EN: " + p.messageEn());
      }
      return ExitCodes.INPUT_FILES_REJECTED;
    }
    if (e instanceof RowsRejectedException rows) {
      err.println(rows.rejectedRows() + " baris dikarantina; tidak ada yang diterbitkan. / " + rows.rejectedRows()
          + " row(s) quarantined; nothing was published.");
      RunSummaryPrinter.printFiles(rows.files(), err);
      printFirstProblems(rows, err);
      RunSummaryPrinter.printUnknownOpdNames(rows.unknownOpdNames(), err);
      err.println("  Laporan / report: " + rows.report());
      err.println("  Perbaiki berkasnya, atau jalankan ulang dengan --publish-valid-rows untuk menerbitkan baris yang valid.");
      err.println("  Fix the files, or re-run with --publish-valid-rows to publish the valid rows anyway.");
      return ExitCodes.ROWS_QUARANTINED;
    }
    if (e instanceof WarehouseBusyException busy) {
      err.println(busy.getMessage());
      return ExitCodes.WAREHOUSE_BUSY;
    }
    if (e instanceof CatalogException catalog) {
      err.println("Katalog referensi tidak valid / reference catalog invalid: " + catalog.getMessage());
      return ExitCodes.CATALOG_INVALID;
    }
    if (e instanceof UsageException bad) {
      err.println(bad.getMessage());
      return ExitCodes.USAGE;
    }
    err.println("Kesalahan tak terduga / unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    err.println("  Rincian / details: " + writeLog(e));
    return ExitCodes.INTERNAL_ERROR;
  }

  private static void printFirstProblems(RowsRejectedException rows, PrintWriter err) {
    if (rows.firstProblems().isEmpty()) {
      return;
    }
    err.println("  Baris pertama yang ditolak / first refused rows:");
    for (RowProblem p : rows.firstProblems()) {
      err.println("  " + p.file() + (p.sheet().isEmpty() ? "" : " [" + p.sheet() + "]") + " baris/row " + p.rowNumber()
          + ", " + p.column() + " = '" + p.rawValue() + "' [" + p.reason() + "]");
      err.println("    ID: " + p.messageId());
      err.println("    EN: " + p.messageEn());
    }
  }

  private static String writeLog(Exception e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    try {
      Path log = Files.createTempFile("spbe-pipeline-error-", ".log");
      Files.writeString(log, trace.toString());
      return log.toString();
    } catch (IOException io) {
      return "(could not write a log file: " + io.getMessage() + ")";
    }
  }
}
