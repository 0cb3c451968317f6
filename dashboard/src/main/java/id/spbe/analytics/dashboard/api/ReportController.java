package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.report.RpjmdReport;
import id.spbe.analytics.dashboard.view.ReviewData;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
  private final ViewPayloadCache<Download> downloads;

  ReportController(ViewRequests requests, Clock clock, ViewPayloadCache<Download> downloads) {
    this.requests = requests;
    this.clock = clock;
    this.downloads = downloads;
  }

  /**
   * A report shows the published version, the filters and the day it was made, so the same request on the same
   * day over the same version is the same document: it is drawn once (a review team downloads the same report
   * many times while writing) and drawn again the next day or on a new version.
   */
  public void report(Context ctx) {
    Language language = Params.language(ctx);
    // the day in WIB, the pemda's office time, as the exports say it
    LocalDate madeOn = LocalDate.ofInstant(clock.instant(), id.spbe.analytics.dashboard.export.ExportAbout.WIB);
    requests.remembered(ctx, ViewKind.LAPORAN, "laporan", Map.of("made_on", madeOn.toString()), downloads,
        context -> draw((ReviewData) ViewKind.LAPORAN.loader().load(context), language, madeOn)).sendTo(ctx);
  }

  private Download draw(ReviewData data, Language language, LocalDate madeOn) {
    Selection s = data.selection();
    String fileName = "laporan-rpjmd-" + s.instansiCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + s.year() + "-"
        + language.code() + ".pdf";
    writers.acquireUninterruptibly();
    try {
      return new Download(fileName, "application/pdf", RpjmdReport.write(data, language, madeOn));
    } finally {
      writers.release();
    }
  }
}
