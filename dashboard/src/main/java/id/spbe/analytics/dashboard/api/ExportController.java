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
    String format = Params.oneOfIgnoringCase(ctx, "format", FORMATS);
    Language language = Params.language(ctx);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), id.spbe.analytics.dashboard.export.ExportAbout.WIB);
    requests.remembered(ctx, dataset.view(), "export/" + dataset.urlName(),
        Map.of("made_on", now.toLocalDate().toString()), downloads,
        context -> write(dataset, (ViewPayload) dataset.view().loader().load(context), format, language, now))
        .sendTo(ctx);
  }

  private static Download write(Dataset dataset, ViewPayload payload, String format, Language language,
      LocalDateTime madeAt) {
    ExportTable table = dataset.table(payload, language, madeAt);
    boolean csv = format.equals("csv");
    return new Download(fileName(dataset, payload.selection(), format, language), csv ? "text/csv; charset=utf-8" : XLSX_TYPE,
        csv ? CsvExport.write(table, language) : XlsxExport.write(table));
  }

  /**
   * spbe-indikator-6521-2025-spbe2020-id.xlsx: the framework as people say it (never PERMEN_59_2020) and the
   * language, so that the Indonesian and English files of one table do not overwrite each other; only checked
   * codes and digits, so safe in a header.
   */
  static String fileName(Dataset dataset, Selection s, String extension, Language language) {
    String parts = Stream.of("spbe", dataset.urlName(), s.instansiCode(), s.year(), framework(s.frameworkId(), language),
            s.opdCode(), s.runId(), s.snapshotOn(), language.code())
        .filter(Objects::nonNull).map(String::valueOf).map(p -> p.replaceAll("[^A-Za-z0-9_-]", "_"))
        .collect(Collectors.joining("-"));
    return parts + "." + extension;
  }

  /** "spbe2020" from "SPBE 2020 (PermenPANRB 59/2020)", "pemdi2026" from "Pemdi 2026 (...)". */
  private static String framework(String frameworkId, Language language) {
    if (frameworkId == null) {
      return null;
    }
    String name = id.spbe.analytics.dashboard.language.Messages.of(language).code(frameworkId);
    int bracket = name.indexOf(" (");
    return (bracket > 0 ? name.substring(0, bracket) : name).replaceAll("[^A-Za-z0-9]", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
