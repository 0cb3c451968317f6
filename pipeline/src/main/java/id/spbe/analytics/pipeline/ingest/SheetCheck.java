package id.spbe.analytics.pipeline.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What the top of one sheet (or one CSV or JSON file) offers as input of a kind: whether it is blank, the header
 * found below its title rows, and the required columns that header lacks. Reading stops below the header, so the
 * data rows are read once, by the ingest that stages them.
 */
record SheetCheck(String sheet, InputFormat format, String encoding, String separator, boolean blank,
    ColumnMapping mapping, List<Field> missing) {

  /**
   * Reads up to {@link HeaderLocator#MAX_HEADER_ROW} rows from {@code rows} into {@code top} and looks for the
   * header there; {@code rows} is left at the first row after them.
   */
  static SheetCheck of(TabularSource source, InputKind kind, Iterator<RawRow> rows, List<RawRow> top) {
    String encoding = source instanceof CsvSource csv ? csv.charset().name() : "";
    String separator = source instanceof CsvSource csv ? String.valueOf(csv.separator()) : "";
    while (rows.hasNext() && top.size() < HeaderLocator.MAX_HEADER_ROW) {
      top.add(rows.next());
    }
    boolean blank = top.stream().allMatch(RawRow::isBlank);
    Optional<ColumnMapping> mapping = blank ? Optional.empty()
        : HeaderLocator.locate(top, kind).map(m -> IndexTable.interpret(m, kind));
    List<Field> missing = mapping.map(m -> HeaderLocator.missingRequired(m, kind)).orElse(List.of());
    return new SheetCheck(source.sheetName(), source.format(), encoding, separator, blank, mapping.orElse(null),
        missing);
  }

  boolean usable() {
    return mapping != null && missing.isEmpty();
  }

  /** Usable once the fields in {@code supplied} (year, instansi) are taken from elsewhere than the columns. */
  boolean usableWith(java.util.Set<Field> supplied) {
    return mapping != null && supplied.containsAll(missing);
  }

  /** The sheet to report on when none is usable: a header with the most known columns beats none at all. */
  SheetCheck orBetter(SheetCheck other) {
    return other.usable() || rank(other) > rank(this) ? other : this;
  }

  private static int rank(SheetCheck check) {
    return check.mapping != null ? 1 + check.mapping.columns().size() : check.blank ? -1 : 0;
  }

  /** @param onlySheet false when other sheets of the workbook were tried too */
  FileLevelException problem(InputKind kind, boolean onlySheet) {
    String whereId = sheet.isEmpty() ? "" : (onlySheet ? "Lembar '" + sheet + "': " : "Tidak ada lembar terlihat yang "
        + "memuat judul kolom lengkap; lembar terbaik '" + sheet + "': ");
    String whereEn = sheet.isEmpty() ? "" : (onlySheet ? "Sheet '" + sheet + "': " : "No visible sheet has a complete "
        + "header; best sheet '" + sheet + "': ");
    if (mapping != null) {
      String names = String.join(", ", missing.stream().map(SheetCheck::withAliases).toList());
      return new FileLevelException(FileProblemCode.MISSING_COLUMN,
          sentence(whereId, "kolom wajib tidak ada pada baris judul (baris " + mapping.headerRowNumber() + "): " + names + "."),
          sentence(whereEn, "required column(s) missing from the header (row " + mapping.headerRowNumber() + "): " + names + "."));
    }
    if (blank) {
      return new FileLevelException(FileProblemCode.EMPTY_FILE, sentence(whereId, "berkas kosong."),
          sentence(whereEn, "the file is empty."));
    }
    String expected = String.join(", ", kind.required().stream().sorted().map(Field::headerName).toList());
    return new FileLevelException(FileProblemCode.HEADER_NOT_FOUND,
        sentence(whereId, "baris judul kolom tidak ditemukan di " + HeaderLocator.MAX_HEADER_ROW + " baris pertama; untuk "
            + kind.label() + " diharapkan kolom: " + expected + "."),
        sentence(whereEn, "no header row found in the first " + HeaderLocator.MAX_HEADER_ROW + " rows; a " + kind.label()
            + " file needs the columns: " + expected + "."));
  }

  private static String sentence(String where, String text) {
    return where.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : where + text;
  }

  private static String withAliases(Field f) {
    return f.headerName() + " (" + String.join("/", f.aliases().subList(0, Math.min(3, f.aliases().size()))) + ")";
  }
}
