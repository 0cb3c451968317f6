package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.export.CsvExport;
import id.spbe.analytics.dashboard.export.Dataset;
import id.spbe.analytics.dashboard.export.ExportTable;
import id.spbe.analytics.dashboard.export.XlsxExport;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.view.ViewPayload;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code GET /api/export/<dataset>?format=csv|xlsx&lang=id|en&<the view's filters>}: a table view as a download.
 * HTTP only: the rows come from the same view load the page uses.
 */
public final class ExportController {
  static final List<String> FORMATS = List.of("csv", "xlsx");
  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final ViewRequests requests;
  private final Clock clock;
  private final ViewPayloadCache<Download> downloads;

  ExportController(ViewRequests requests, Clock clock, ViewPayloadCache<Download> downloads) {
    this.requests = requests;
    this.clock = clock;
    this.downloads = downloads;
  }

  /**
   * An export is made once per published version, filters, format, language, viewer and day, like the report:
   * the same download again that day is the same file, which says when it was made.
   */
  public void export(Context ctx) {
    String name = ctx.pathParam("dataset");
    Dataset dataset = Dataset.fromUrlName(name)
        .orElseThrow(() -> Params.unknown("dataset", name, Dataset.urlNames()));
    String format = Params.oneOf(ctx, "format", FORMATS);
    Language language = Params.language(ctx);
    LocalDateTime now = LocalDateTime.now(clock);
    requests.remembered(ctx, dataset.view(), "export/" + dataset.urlName(),
        Map.of("made_on", now.toLocalDate().toString()), downloads,
        context -> write(dataset, (ViewPayload) dataset.view().loader().load(context), format, language, now))
        .sendTo(ctx);
  }

  private static Download write(Dataset dataset, ViewPayload payload, String format, Language language,
      LocalDateTime madeAt) {
    ExportTable table = dataset.table(payload, language, madeAt);
    boolean csv = format.equals("csv");
    return new Download(fileName(dataset, payload.selection(), format), csv ? "text/csv; charset=utf-8" : XLSX_TYPE,
        csv ? CsvExport.write(table, language) : XlsxExport.write(table));
  }

  /** spbe-indikator-6521-2025.xlsx: only checked codes and digits, so safe in a header. */
  static String fileName(Dataset dataset, Selection s, String extension) {
    String parts = Stream.of("spbe", dataset.urlName(), s.instansiCode(), s.year(), s.frameworkId(), s.opdCode(),
            s.runId(), s.snapshotOn())
        .filter(Objects::nonNull).map(String::valueOf).map(p -> p.replaceAll("[^A-Za-z0-9_-]", "_"))
        .collect(Collectors.joining("-"));
    return parts + "." + extension;
  }
}
