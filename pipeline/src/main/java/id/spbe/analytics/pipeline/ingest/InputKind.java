package id.spbe.analytics.pipeline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file holds. A file's kind comes from its name (or the folder it sits in), e.g.
 * {@code penilaian-mandiri-2023.xlsx} or {@code self-assessment/opd-kominfo.csv}; {@code --kind} overrides.
 */
public enum InputKind {
  OFFICIAL_RESULT("official_result", "hasil resmi / official results",
      List.of("hasil-resmi", "hasil-evaluasi", "official-result", "official"),
      Set.of(Field.YEAR, Field.INSTANSI_CODE, Field.VALUE),
      Set.of(Field.FRAMEWORK, Field.SCOPE, Field.SCOPE_CODE, Field.INDICATOR, Field.ASSESSOR_NOTE, Field.RECOMMENDATION,
          Field.UPLOADED, Field.INTERVIEWED, Field.APPROVED, Field.NO_EVIDENCE, Field.ILLUSTRATIVE, Field.NOTE,
          Field.PREDIKAT)),
  SELF_ASSESSMENT("self_assessment", "penilaian mandiri / self-assessment",
      List.of("penilaian-mandiri", "self-assessment", "mandiri"),
      Set.of(Field.YEAR, Field.INSTANSI_CODE, Field.VALUE),
      Set.of(Field.FRAMEWORK, Field.SCOPE, Field.SCOPE_CODE, Field.INDICATOR, Field.OPD, Field.JUSTIFICATION,
          Field.EVIDENCE, Field.SUBMITTED_ON, Field.ILLUSTRATIVE, Field.NOTE, Field.PREDIKAT)),
  RPJMD_TARGET("rpjmd_target", "target RPJMD",
      List.of("target-rpjmd", "rpjmd-target", "rpjmd"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.TARGET_INDEX),
      Set.of(Field.RPJMD_PERIOD, Field.INDEX_SCALE, Field.ILLUSTRATIVE, Field.NOTE)),
  INDICATOR_OWNER("indicator_owner", "OPD pengampu indikator / indicator owners",
      List.of("pengampu-indikator", "pengampu", "indicator-owner"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.INDICATOR, Field.OPD),
      Set.of(Field.FRAMEWORK, Field.ILLUSTRATIVE, Field.NOTE)),
  INDICATOR_TARGET("indicator_target", "target level per indikator / per-indicator target levels",
      List.of("target-level", "target-indikator", "indicator-target"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.INDICATOR, Field.TARGET_LEVEL),
      Set.of(Field.FRAMEWORK, Field.ILLUSTRATIVE, Field.NOTE)),
  OPD("opd", "daftar OPD / OPD list",
      List.of("opd", "perangkat-daerah"),
      Set.of(Field.INSTANSI_CODE, Field.OPD_CODE, Field.OPD_NAME),
      Set.of(Field.OPD_SHORT, Field.OPD_ALIAS, Field.ILLUSTRATIVE, Field.NOTE)),
  INSTANSI("instansi", "daftar instansi / instansi list",
      List.of("instansi", "daftar-instansi"),
      Set.of(Field.INSTANSI_CODE, Field.INSTANSI_NAME, Field.INSTANSI_KIND),
      Set.of(Field.PROVINCE_CODE, Field.PROVINCE_NAME, Field.NOTE)),
  SELF_ASSESSMENT_DEADLINE("self_assessment_deadline", "tenggat penilaian mandiri / self-assessment deadline",
      List.of("tenggat-penilaian-mandiri", "tenggat", "deadline"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.DEADLINE),
      Set.of(Field.ILLUSTRATIVE, Field.NOTE)),
  EXTERNAL_INDEX_VALUE("external_index_value", "nilai dari indeks eksternal / values from external indices",
      List.of("nilai-indeks-eksternal", "indeks-eksternal", "external-index"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.INDICATOR, Field.VALUE),
      Set.of(Field.FRAMEWORK, Field.EXTERNAL_INDEX, Field.ILLUSTRATIVE, Field.NOTE)),
  EVIDENCE("evidence", "bukti dukung / evidence items",
      List.of("bukti-dukung", "evidence"),
      Set.of(Field.INSTANSI_CODE, Field.YEAR, Field.INDICATOR, Field.ITEM_LEVEL, Field.ITEM_CODE, Field.EVIDENCE_STATUS),
      Set.of(Field.FRAMEWORK, Field.SNAPSHOT_ON, Field.ITEM_NAME, Field.ITEM_ROLE, Field.REVISION_KIND, Field.OPD,
          Field.ASSESSOR_NOTE, Field.NOTE, Field.DOCUMENT_NAME, Field.STATUS_ON, Field.ILLUSTRATIVE)),
  IMPROVEMENT_EFFORT("improvement_effort", "upaya kenaikan level / effort per level raise",
      List.of("upaya-kenaikan-level", "upaya", "effort"),
      Set.of(Field.INSTANSI_CODE, Field.FRAMEWORK, Field.INDICATOR, Field.FROM_LEVEL, Field.EFFORT),
      Set.of(Field.ILLUSTRATIVE, Field.NOTE));

  private final String id;
  private final String label;
  private final List<String> namePrefixes;
  private final Set<Field> required;
  private final Set<Field> optional;

  InputKind(String id, String label, List<String> namePrefixes, Set<Field> required, Set<Field> optional) {
    this.id = id;
    this.label = label;
    this.namePrefixes = namePrefixes;
    this.required = required;
    this.optional = optional;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public List<String> namePrefixes() {
    return namePrefixes;
  }

  public Set<Field> required() {
    return required;
  }

  public Set<Field> optional() {
    return optional;
  }

  public boolean accepts(Field field) {
    return required.contains(field) || optional.contains(field);
  }

  public static Optional<InputKind> byId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (InputKind kind : values()) {
      if (kind.id.equals(wanted) || kind.name().equalsIgnoreCase(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind named by a file or folder name: the longest matching prefix wins, so "penilaian-mandiri" is a
   * self-assessment even though "mandiri" and "opd"-like prefixes exist.
   */
  public static Optional<InputKind> byName(String fileOrFolderName) {
    String name = fileOrFolderName.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    InputKind best = null;
    int bestLength = 0;
    for (InputKind kind : values()) {
      for (String prefix : kind.namePrefixes) {
        if (name.startsWith(prefix) && prefix.length() > bestLength) {
          best = kind;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
