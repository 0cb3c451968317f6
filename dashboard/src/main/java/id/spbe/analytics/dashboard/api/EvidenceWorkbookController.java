package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.export.OpdWorkbook;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.view.EvidenceView;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * {@code GET /api/bukti/per-opd?instansi=&year=&snapshot=&lang=}: the bukti dukung workbook with one sheet per OPD.
 * HTTP only: the rows come from the same view load the page uses, so an OPD user's workbook has its own sheet only.
 */
public final class EvidenceWorkbookController {
  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final ViewRequests requests;
  private final Clock clock;
  private final ViewPayloadCache<Download> downloads;

  EvidenceWorkbookController(ViewRequests requests, Clock clock, ViewPayloadCache<Download> downloads) {
    this.requests = requests;
    this.clock = clock;
    this.downloads = downloads;
  }

  /** Made once per published version, filters, language, viewer and day, like the other exports. */
  public void perOpd(Context ctx) {
    Language language = Params.language(ctx);
    LocalDateTime now = LocalDateTime.now(clock);
    requests.remembered(ctx, ViewKind.BUKTI, "bukti/per-opd", Map.of("made_on", now.toLocalDate().toString()),
        downloads, context -> {
          EvidenceView view = EvidenceView.load(context);
          if (!view.hasEvidence()) {
            throw new BadRequestException("year", "Tidak ada bukti dukung untuk tahun ini.",
                "There is no bukti dukung (evidence) for this year.");
          }
          return new Download(fileName(view.selection()), XLSX_TYPE, OpdWorkbook.write(view, language, now));
        }).sendTo(ctx);
  }

  /** spbe-bukti-per-opd-6521-2026-2026-07-02.xlsx: checked codes and dates only, so safe in a header. */
  static String fileName(Selection s) {
    return ("spbe-bukti-per-opd-" + s.instansiCode() + "-" + s.year() + "-" + s.snapshotOn())
        .replaceAll("[^A-Za-z0-9_-]", "_") + ".xlsx";
  }
}
