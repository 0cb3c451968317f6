package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.PlanQueries;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.WhatIfQuery;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * {@code GET /api/rencana/whatif?instansi=&framework=&raise=12:4&raise=32:3}: the index and predikat after the
 * picked raises. HTTP only.
 */
public final class WhatIfController {
  private final ViewRequests requests;

  WhatIfController(ViewRequests requests) {
    this.requests = requests;
  }

  public void whatIf(Context ctx) {
    // the same picks on the same published version give the same answer: remembered like the views' payloads
    ctx.contentType(ContentType.APPLICATION_JSON).result(requests.runJson(ctx, ViewKind.RENCANA, "rencana/whatif", v -> {
      Selection s = v.selection();
      if (s.frameworkId() == null) {
        throw new BadRequestException("framework", "Instansi ini belum punya rencana aksi.",
            "This instansi has no action plan yet.");
      }
      var picks = RaiseParams.read(ctx, PlanQueries.candidates(v.connection(), s.withDomain(null).withOpd(null),
          v.visibility()));
      return WhatIfQuery.compute(v.connection(), s.instansiCode(), s.frameworkId(), picks);
    }));
  }
}
