package id.spbe.analytics.dashboard.export;

import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.view.EvidenceView;
import id.spbe.analytics.dashboard.view.ViewPayload;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The lines that say what an export holds: data version, instansi and filters, when it was made. */
public final class ExportAbout {
  /** The pemda's office time: "made at" is said in WIB, whatever the server's clock zone. */
  public static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

  private ExportAbout() {}

  /**
   * Whether the selected instansi's published results are built (in part) from sample data, or the bukti dukung
   * shown is (an evidence file can be illustrative where the results are not).
   */
  static boolean illustrative(ViewPayload payload) {
    String code = payload.selection().instansiCode();
    return payload instanceof EvidenceView e && e.illustrative() || payload.choices().instansi().stream()
        .anyMatch(i -> i.instansiCode().equals(code) && i.hasIllustrativeData());
  }

  static Map<String, String> of(ViewPayload payload, Messages m, LocalDateTime madeAt) {
    Map<String, String> about = new LinkedHashMap<>();
    Selection s = payload.selection();
    about.put(m.text("footer.version"), payload.version());
    if (illustrative(payload)) {
      about.put(m.text("export.illustrativeColumn"), m.text("report.illustrative"));
    }
    put(about, m.text("filter.instansi"), payload.choices().instansi().stream()
        .filter(i -> i.instansiCode().equals(s.instansiCode())).findFirst()
        .map(i -> i.instansiName() + " (" + i.instansiCode() + ")").orElse(s.instansiCode()));
    put(about, m.text("filter.year"), s.year());
    put(about, m.text("col.framework"), s.frameworkId() == null ? null : m.code(s.frameworkId()));
    put(about, m.text("filter.source"), s.source());
    put(about, m.text("filter.domain"), s.domainCode());
    put(about, m.text("filter.aspect"), s.aspectCode());
    put(about, m.text("filter.opd"), s.opdCode());
    put(about, m.text("col.runId"), s.runId());
    put(about, m.text("col.snapshot"), s.snapshotOn());
    // in words and with its time zone: "28 November 2026 15.00 WIB" (madeAt is WIB, see ExportController)
    about.put(m.text("export.madeAt"), madeAt.format(DateTimeFormatter.ofPattern(
        m.language() == id.spbe.analytics.dashboard.language.Language.ID ? "d MMMM yyyy HH.mm" : "d MMMM yyyy HH:mm",
        m.language().locale())) + " WIB");
    return about;
  }

  private static void put(Map<String, String> about, String key, Object value) {
    if (value != null) {
      about.put(key, String.valueOf(value));
    }
  }
}
