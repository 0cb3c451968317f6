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
final class ExportAbout {
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
    about.put(m.text("export.madeAt"), madeAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    return about;
  }

  private static void put(Map<String, String> about, String key, Object value) {
    if (value != null) {
      about.put(key, String.valueOf(value));
    }
  }
}
