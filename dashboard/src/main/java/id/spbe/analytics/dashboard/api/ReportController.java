package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.report.RpjmdReport;
import id.spbe.analytics.dashboard.view.ReviewData;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;

/** {@code GET /api/laporan?instansi=&year=&lang=}: the RPJMD review report as a PDF download. HTTP only. */
public final class ReportController {
  private final ViewRequests requests;
  private final Clock clock;

  ReportController(ViewRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  public void report(Context ctx) {
    Language language = Params.language(ctx);
    ReviewData data = (ReviewData) requests.load(ctx, ViewKind.LAPORAN);
    Selection s = data.selection();
    byte[] pdf = RpjmdReport.write(data, language, LocalDate.now(clock));
    ctx.header("Content-Disposition", "attachment; filename=\"laporan-rpjmd-"
        + s.instansiCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + s.year() + "-" + language.code() + ".pdf\"");
    ctx.contentType("application/pdf");
    ctx.result(pdf);
  }
}
