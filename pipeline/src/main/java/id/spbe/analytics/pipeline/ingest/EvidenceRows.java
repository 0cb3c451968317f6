package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.catalog.Indicator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a bukti dukung list (the portal's items per indicator and level, or the coordinator's own list): the
 * item's state on the file's date. What a status means is fixed here once, in the portal's words and in English,
 * so every later table counts the same five states.
 */
final class EvidenceRows {
  /** "I1-L2-02", "i12_l3_1": an item code that names its indicator and level, which must then agree. */
  private static final Pattern CODED_ITEM = Pattern.compile("(?i)^I?(\\d{1,2})[-_. ]?L(\\d)(?:[-_. ].*)?$");
  /** The date in a file name, {@code bukti-dukung-2026-07-02.csv}: the state the file records. */
  private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:20|21)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern SHORT_LEVEL = Pattern.compile("(?i)^l\\s*(\\d)$");
  private static final String STATUSES = "diterima, revisi, proses, draf, belum";
  private static final String REVISION_KINDS = "tidak_tepat, belum_diunggah, otomatis_ditolak";

  private final FrameworkCatalog catalog;

  EvidenceRows(FrameworkCatalog catalog) {
    this.catalog = catalog;
  }

  /** Fills the item's columns into {@code v}, which already holds instansi, year, framework and indicator. */
  void item(RowContext row, Map<String, Object> v) {
    Framework framework = v.get("framework_id") == null ? null : catalog.byId((String) v.get("framework_id")).orElse(null);
    Indicator indicator = framework == null || v.get("indicator_code") == null ? null
        : framework.indicator((String) v.get("indicator_code")).orElse(null);
    if (indicator != null && indicator.scoredFromExternalIndex()) {
      row.problem(Field.INDICATOR, ReasonCode.NO_LOCAL_EVIDENCE, Expectation.of(
          "indikator ini dinilai dari " + indicator.externalIndex() + "; isi nilainya di nilai-indeks-eksternal",
          "this indicator is scored from " + indicator.externalIndex() + "; give its value in nilai-indeks-eksternal"));
    }
    Integer level = framework == null ? null : row.parse(Field.ITEM_LEVEL,
        Expectation.of("level bukti dukung", "the level the item is evidence for"), t -> level(t, framework));
    String itemCode = row.required(Field.ITEM_CODE, Expectation.of("kode item bukti dukung, mis. I1-L2-02",
        "the evidence item's code, e.g. I1-L2-02"));
    if (itemCode != null && indicator != null && level != null) {
      checkCode(row, itemCode, indicator.code(), level);
    }
    String status = row.parse(Field.EVIDENCE_STATUS, Expectation.same(STATUSES), EvidenceRows::status);
    v.put("snapshot_on", snapshot(row));
    v.put("level", level);
    v.put("item_code", itemCode);
    v.put("item_name", row.optionalText(Field.ITEM_NAME));
    Boolean main = row.parseOptional(Field.ITEM_ROLE, EvidenceRows::isMain);
    v.put("is_main", main == null || main);
    v.put("status", status);
    v.put("revision_kind", row.parseOptional(Field.REVISION_KIND, EvidenceRows::revisionKind));
    v.put("status_on", row.parseOptional(Field.STATUS_ON, ValueParsers::date));
    v.put("document_name", row.optionalText(Field.DOCUMENT_NAME));
    v.put("assessor_note", row.optionalText(Field.ASSESSOR_NOTE));
    v.put("note", row.optionalText(Field.NOTE));
    v.put("opd_raw", row.optionalText(Field.OPD));
  }

  /** The file's date: its own column, else the date in its name; a list without a date cannot be a snapshot. */
  private static LocalDate snapshot(RowContext row) {
    if (row.has(Field.SNAPSHOT_ON)) {
      return row.parseOptional(Field.SNAPSHOT_ON, ValueParsers::date);
    }
    Matcher named = NAME_DATE.matcher(row.fileName());
    if (named.find()) {
      try {
        return LocalDate.of(Integer.parseInt(named.group(1)), Integer.parseInt(named.group(2)),
            Integer.parseInt(named.group(3)));
      } catch (java.time.DateTimeException notADate) {
        // e.g. 2026-13-40 in a name: fall through to the missing-date problem, which says what to write
      }
    }
    row.problem(Field.SNAPSHOT_ON, ReasonCode.MISSING_VALUE, Expectation.of(
        "tanggal keadaan daftar: kolom per_tanggal, atau tanggal di nama berkas (bukti-dukung-2026-07-02.csv)",
        "the date the list is the state of: a per_tanggal column, or the date in the file name (bukti-dukung-2026-07-02.csv)"));
    return null;
  }

  private static int level(String text, Framework framework) throws ParseFailure {
    Matcher shortForm = SHORT_LEVEL.matcher(text.trim());
    int level = ValueParsers.wholeLevel(ValueParsers.level(shortForm.matches() ? shortForm.group(1) : text));
    // level 0 (5/2018) is where nothing exists yet: no evidence can be for it
    if (level < 1 || level > framework.levelMax()) {
      throw new ParseFailure(ReasonCode.LEVEL_OUT_OF_RANGE, Expectation.same("(1-" + framework.levelMax() + ")"));
    }
    return level;
  }

  private static void checkCode(RowContext row, String itemCode, String indicatorCode, int level) {
    Matcher coded = CODED_ITEM.matcher(itemCode.trim());
    if (coded.matches() && (Integer.parseInt(coded.group(1)) != Integer.parseInt(indicatorCode)
        || Integer.parseInt(coded.group(2)) != level)) {
      row.problem(Field.ITEM_CODE, ReasonCode.ITEM_CODE_MISMATCH, Expectation.of(
          "kode untuk indikator " + indicatorCode + " level " + level + ", mis. I" + indicatorCode + "-L" + level + "-01",
          "a code for indicator " + indicatorCode + " level " + level + ", e.g. I" + indicatorCode + "-L" + level + "-01"));
    }
  }

  static String status(String raw) throws ParseFailure {
    return switch (words(raw)) {
      case "diterima", "terima", "disetujui", "sesuai", "lengkap", "accepted", "approved", "accept" -> "diterima";
      case "revisi", "perlu revisi", "perbaikan", "perlu perbaikan", "ditolak", "tolak", "revision", "revise",
          "rejected", "redo", "to redo" -> "revisi";
      case "proses", "diproses", "dalam proses", "menunggu", "menunggu verifikasi", "diunggah", "terunggah",
          "uploaded", "submitted", "in review", "under review", "in progress", "pending", "processing" -> "proses";
      case "draf", "draft", "konsep" -> "draf";
      case "belum", "belum ada", "belum diisi", "belum diunggah", "kosong", "tidak ada", "missing", "not started",
          "not yet", "none", "-" -> "belum";
      default -> throw new ParseFailure(ReasonCode.UNKNOWN_EVIDENCE_STATUS, Expectation.same(STATUSES));
    };
  }

  static String revisionKind(String raw) throws ParseFailure {
    return switch (words(raw)) {
      case "tidak tepat", "tidak sesuai", "dokumen tidak tepat", "dokumen tidak sesuai", "salah dokumen",
          "wrong document", "incorrect", "not appropriate" -> "tidak_tepat";
      case "belum diunggah", "tidak diunggah", "not uploaded", "missing upload" -> "belum_diunggah";
      case "otomatis ditolak", "ditolak otomatis", "otomatis", "auto rejected", "automatically rejected",
          "rejected automatically" -> "otomatis_ditolak";
      default -> throw new ParseFailure(ReasonCode.UNKNOWN_REVISION_KIND, Expectation.same(REVISION_KINDS));
    };
  }

  /** Main items gate their level; supporting ones (pendukung) never do. */
  static boolean isMain(String raw) throws ParseFailure {
    return switch (words(raw)) {
      case "utama", "wajib", "pokok", "ya", "y", "main", "primary", "required", "yes", "true", "1" -> true;
      case "pendukung", "tambahan", "opsional", "tidak", "t", "supporting", "optional", "no", "false", "0" -> false;
      default -> throw new ParseFailure(ReasonCode.UNKNOWN_ITEM_ROLE, Expectation.of("utama atau pendukung",
          "main (utama) or supporting (pendukung)"));
    };
  }

  private static String words(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ")
        .replaceAll("^ $", "-");
  }
}
