package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.report.RpjmdReport;
import id.spbe.analytics.dashboard.view.ReviewData;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;

/** {@code GET /api/laporan?instansi=&year=&lang=}: the RPJMD review report as a PDF download. HTTP only. */
public final class ReportController {
  /**
   * PDFs written at once. Writing one is CPU- and allocation-heavy; more at once than there are cores only
   * multiplies the heap in use (the dashboard runs in a 192 MiB heap, dashboard/jvm.options) without finishing
   * any sooner, so the rest wait their turn.
   */
  private final Semaphore writers = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
  private final ViewRequests requests;
  private final Clock clock;

  ReportController(ViewRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  public void report(Context ctx) throws InterruptedException {
    Language language = Params.language(ctx);
    ReviewData data = (ReviewData) requests.load(ctx, ViewKind.LAPORAN);
    Selection s = data.selection();
    byte[] pdf = write(data, language);
    ctx.header("Content-Disposition", "attachment; filename=\"laporan-rpjmd-"
        + s.instansiCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + s.year() + "-" + language.code() + ".pdf\"");
    ctx.contentType("application/pdf");
    ctx.result(pdf);
  }

  private byte[] write(ReviewData data, Language language) throws InterruptedException {
    writers.acquire();
    try {
      return RpjmdReport.write(data, language, LocalDate.now(clock));
    } finally {
      writers.release();
    }
  }
}
