package id.spbe.analytics.pipeline.ingest;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the fill-in template of each input kind contains: its columns in the order a planner fills them, whether
 * each is required, what to write in it (Bahasa Indonesia and English) and an example row that ingests cleanly.
 * The file name starts with the kind's name prefix, so a filled template is recognised without {@code --kind}.
 */
public final class InputTemplate {
  /** A column of the template. */
  public record Column(Field field, boolean required, String example, Expectation guidance) {}

  private static final Map<InputKind, List<Field>> ORDER = Map.ofEntries(
      entry(InputKind.OFFICIAL_RESULT, List.of(Field.YEAR, Field.INSTANSI_CODE, Field.FRAMEWORK, Field.SCOPE, Field.SCOPE_CODE,
          Field.INDICATOR, Field.VALUE, Field.PREDIKAT, Field.ASSESSOR_NOTE, Field.RECOMMENDATION, Field.UPLOADED,
          Field.INTERVIEWED, Field.APPROVED, Field.NO_EVIDENCE, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.SELF_ASSESSMENT, List.of(Field.YEAR, Field.INSTANSI_CODE, Field.FRAMEWORK, Field.SCOPE, Field.SCOPE_CODE,
          Field.INDICATOR, Field.VALUE, Field.OPD, Field.JUSTIFICATION, Field.EVIDENCE, Field.SUBMITTED_ON,
          Field.PREDIKAT, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.RPJMD_TARGET, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.TARGET_INDEX, Field.RPJMD_PERIOD,
          Field.INDEX_SCALE, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.INDICATOR_OWNER, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.FRAMEWORK, Field.INDICATOR, Field.OPD,
          Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.INDICATOR_TARGET, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.FRAMEWORK, Field.INDICATOR,
          Field.TARGET_LEVEL, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.OPD, List.of(Field.INSTANSI_CODE, Field.OPD_CODE, Field.OPD_NAME, Field.OPD_SHORT, Field.OPD_ALIAS,
          Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.INSTANSI, List.of(Field.INSTANSI_CODE, Field.INSTANSI_NAME, Field.INSTANSI_KIND, Field.PROVINCE_CODE,
          Field.PROVINCE_NAME, Field.NOTE)),
      entry(InputKind.SELF_ASSESSMENT_DEADLINE, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.DEADLINE, Field.ILLUSTRATIVE,
          Field.NOTE)),
      entry(InputKind.EXTERNAL_INDEX_VALUE, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.FRAMEWORK, Field.INDICATOR, Field.VALUE,
          Field.EXTERNAL_INDEX, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.IMPROVEMENT_EFFORT, List.of(Field.INSTANSI_CODE, Field.FRAMEWORK, Field.INDICATOR, Field.FROM_LEVEL,
          Field.EFFORT, Field.ILLUSTRATIVE, Field.NOTE)),
      entry(InputKind.EVIDENCE, List.of(Field.INSTANSI_CODE, Field.YEAR, Field.FRAMEWORK, Field.SNAPSHOT_ON,
          Field.INDICATOR, Field.ITEM_LEVEL, Field.ITEM_CODE, Field.ITEM_NAME, Field.ITEM_ROLE, Field.OPD, Field.EVIDENCE_STATUS, Field.REVISION_KIND,
          Field.STATUS_ON, Field.DOCUMENT_NAME, Field.ASSESSOR_NOTE, Field.NOTE, Field.ILLUSTRATIVE)));

  /** Example values; a field not listed is left blank in the example row. Kabupaten Blitar, 2025, indicator 12. */
  private static final Map<Field, String> EXAMPLE = Map.ofEntries(
      entry(Field.YEAR, "2025"), entry(Field.INSTANSI_CODE, "6521"), entry(Field.INSTANSI_NAME, "Kabupaten Blitar"),
      entry(Field.INSTANSI_KIND, "kabupaten"), entry(Field.PROVINCE_CODE, "35"), entry(Field.PROVINCE_NAME, "Jawa Timur"),
      entry(Field.INDICATOR, "12"), entry(Field.VALUE, "3"), entry(Field.OPD, "Diskominfo"),
      entry(Field.JUSTIFICATION, "Peta Rencana SPBE ditetapkan dengan Perbup dan diterapkan di seluruh OPD"),
      entry(Field.EVIDENCE, "12.Perbup-Peta-Rencana-SPBE-2025.pdf"), entry(Field.SUBMITTED_ON, "2025-06-30"),
      entry(Field.ILLUSTRATIVE, "ya"), entry(Field.NOTE, "contoh / example"), entry(Field.TARGET_INDEX, "3,5"),
      entry(Field.RPJMD_PERIOD, "2021-2026"), entry(Field.INDEX_SCALE, "INDEKS_SPBE"), entry(Field.TARGET_LEVEL, "4"),
      entry(Field.OPD_CODE, "KOMINFO"), entry(Field.OPD_NAME, "Dinas Komunikasi dan Informatika"),
      entry(Field.OPD_SHORT, "Diskominfo"), entry(Field.DEADLINE, "2025-07-05"), entry(Field.FROM_LEVEL, "3"),
      entry(Field.EFFORT, "2"));

  /** A kind whose example row needs other values: an external index value exists only for Pemdi I5, I6, I7, I18. */
  private static final Map<InputKind, Map<Field, String>> EXAMPLE_OF_KIND = Map.of(
      InputKind.EXTERNAL_INDEX_VALUE, Map.of(Field.YEAR, "2026", Field.INDICATOR, "5", Field.VALUE, "2,35",
          Field.EXTERNAL_INDEX, "Indeks SDI 2026"),
      InputKind.EVIDENCE, Map.ofEntries(entry(Field.YEAR, "2026"), entry(Field.INDICATOR, "1"),
          entry(Field.SNAPSHOT_ON, "2026-07-02"), entry(Field.ITEM_LEVEL, "2"), entry(Field.ITEM_CODE, "I1-L2-02"),
          entry(Field.ITEM_NAME, "SK Tim Koordinasi SPBE"), entry(Field.ITEM_ROLE, "utama"),
          entry(Field.EVIDENCE_STATUS, "revisi"), entry(Field.REVISION_KIND, "tidak_tepat"),
          entry(Field.STATUS_ON, "2026-06-30"), entry(Field.DOCUMENT_NAME, "SK-Tim-SPBE-2026.pdf"),
          entry(Field.ASSESSOR_NOTE, "SK belum memuat tugas tim"), entry(Field.NOTE, "diperbarui Bagian Hukum")),
      InputKind.OFFICIAL_RESULT, Map.of(Field.ASSESSOR_NOTE, "Peta Rencana belum memuat seluruh OPD",
          Field.RECOMMENDATION, "Perluas Peta Rencana ke seluruh OPD", Field.UPLOADED, "ya", Field.INTERVIEWED, "ya",
          Field.APPROVED, "ya", Field.NO_EVIDENCE, "tidak"));

  /** Frameworks named explicitly where a kind needs one (targets, owners, efforts are not tied to an evaluation). */
  private static final Map<InputKind, String> EXAMPLE_FRAMEWORK = Map.of(
      InputKind.INDICATOR_OWNER, "PERMEN_59_2020", InputKind.INDICATOR_TARGET, "PERMEN_59_2020",
      InputKind.IMPROVEMENT_EFFORT, "PERMEN_59_2020");

  private InputTemplate() {}

  public static List<Column> columns(InputKind kind) {
    List<Column> columns = new ArrayList<>();
    for (Field field : ORDER.get(kind)) {
      String example = field == Field.FRAMEWORK ? EXAMPLE_FRAMEWORK.getOrDefault(kind, "")
          : EXAMPLE_OF_KIND.getOrDefault(kind, Map.of()).getOrDefault(field, EXAMPLE.getOrDefault(field, ""));
      columns.add(new Column(field, kind.required().contains(field), example, FieldGuide.of(field, kind)));
    }
    return columns;
  }

  /** e.g. {@code penilaian-mandiri-template.xlsx}: the kind's first name prefix, so the file's kind is known. */
  public static String fileName(InputKind kind, InputFormat format) {
    return kind.namePrefixes().get(0) + "-template." + format.name().toLowerCase(java.util.Locale.ROOT);
  }
}
