package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.run.FileContext;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The year and the instansi of a file that has no column for them, as an OPD's own self-assessment workbook: a
 * title row "PENILAIAN MANDIRI SPBE PEMERINTAH KABUPATEN BLITAR TAHUN 2025", a deadline row, then a header
 * without {@code tahun} or {@code kode_instansi}. Taken, in order, from: the columns; {@code --tahun} /
 * {@code --instansi}; the title rows above the header; the file or folder name ({@code ...-2025.xlsx}). Where the
 * first source that says anything says two things (two years, a name of two instansi), the file is refused
 * naming the option that settles it: a guess would publish a year's figures under another year.
 */
public final class FileContextLocator {
  /** A known instansi, from the run's instansi list or the published one. */
  public record KnownInstansi(String code, String name, String kind) {}

  /** Past any column Excel can have (16384), so the implied cells never shadow a real one. */
  private static final int YEAR_CELL = 1_000_000;
  private static final int INSTANSI_CELL = YEAR_CELL + 1;
  private static final Pattern YEAR_AFTER_WORD = Pattern.compile(
      "(?i)\\b(?:tahun(?:\\s+anggaran)?|t\\.?a\\.?|th\\.?|year)\\s*:?\\s*((?:20|21)\\d{2})(?!\\d)");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:20|21)\\d{2})(?!\\d)");
  /** A deadline or signing date in the title block is no evaluation year: "2 Juli 2025", "02/07/2025". */
  private static final Pattern DATE = Pattern.compile(
      "(?i)\\b\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}|\\b\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}");
  private static final Map<String, String> WORDS = Map.of("kab", "kabupaten", "pemkab", "pemerintah kabupaten",
      "pemkot", "pemerintah kota", "pemprov", "pemerintah provinsi", "prov", "provinsi", "kepulauan", "kepulauan");

  private final Integer optionYear;
  private final String optionInstansi;
  private final Supplier<List<KnownInstansi>> known;
  private List<KnownInstansi> knownList;
  /** The sheet (Indonesian, English) and header row of the file being located, for messages. */
  private String[] where = {"", "", ""};

  /**
   * @param optionYear {@code --tahun}, or null
   * @param optionInstansi {@code --instansi} (a kode instansi or a name from the instansi list), or null
   * @param known the instansi list, asked for only when a file needs it (the published one costs a read)
   */
  public FileContextLocator(Integer optionYear, String optionInstansi, Supplier<List<KnownInstansi>> known) {
    this.optionYear = optionYear;
    this.optionInstansi = optionInstansi == null || optionInstansi.isBlank() ? null : optionInstansi.trim();
    this.known = known;
  }

  /** The fields this locator can supply when a header lacks them. */
  static Set<Field> supplies() {
    return Set.of(Field.YEAR, Field.INSTANSI_CODE);
  }

  /**
   * Where each required field the header lacks comes from.
   *
   * @param titleRows the rows above the header
   * @throws FileLevelException when a needed value is found nowhere, or found twice
   */
  FileContext locate(InputFile file, InputKind kind, String sheet, ColumnMapping mapping, List<RawRow> titleRows) {
    this.where = new String[] {sheet.isEmpty() ? "" : "Lembar '" + sheet + "': ", sheet.isEmpty() ? "" : "Sheet '"
        + sheet + "': ", String.valueOf(mapping.headerRowNumber())};
    String year = null;
    String yearFrom = kind.required().contains(Field.YEAR) ? FileContext.COLUMN : "";
    String instansi = null;
    String instansiFrom = FileContext.COLUMN;
    if (kind.required().contains(Field.YEAR) && !mapping.has(Field.YEAR)) {
      String[] found = year(file, titleRows);
      year = found[0];
      yearFrom = found[1];
    }
    if (kind.required().contains(Field.INSTANSI_CODE) && !mapping.has(Field.INSTANSI_CODE)) {
      String[] found = instansi(file, titleRows);
      instansi = found[0];
      instansiFrom = found[1];
    }
    return new FileContext(year, yearFrom, instansi, instansiFrom);
  }

  private String[] year(InputFile file, List<RawRow> titleRows) {
    if (optionYear != null) {
      return new String[] {String.valueOf(optionYear), "--tahun"};
    }
    for (RawRow row : titleRows) {
      Set<String> years = yearsIn(text(row));
      if (years.size() > 1) {
        throw ambiguousYear("baris judul " + row.rowNumber(), "title row " + row.rowNumber(), years);
      }
    }
    Map<String, Long> byYear = new LinkedHashMap<>();
    for (RawRow row : titleRows) {
      yearsIn(text(row)).forEach(y -> byYear.putIfAbsent(y, row.rowNumber()));
    }
    if (byYear.size() > 1) {
      throw ambiguousYear("baris judul", "the title rows", byYear.keySet());
    }
    if (byYear.size() == 1) {
      Map.Entry<String, Long> only = byYear.entrySet().iterator().next();
      return new String[] {only.getKey(), "title row " + only.getValue()};
    }
    for (String name : names(file)) {
      Set<String> years = bareYears(name.replace('_', ' '));
      if (years.size() > 1) {
        throw ambiguousYear("nama '" + name + "'", "the name '" + name + "'", years);
      }
      if (years.size() == 1) {
        return new String[] {years.iterator().next(), "file name '" + name + "'"};
      }
    }
    throw notFound(Field.YEAR, "--tahun 2025", "a year");
  }

  private String[] instansi(InputFile file, List<RawRow> titleRows) {
    if (optionInstansi != null) {
      if (optionInstansi.matches("\\d+")) {
        return new String[] {optionInstansi, "--instansi"};
      }
      Set<KnownInstansi> named = matching(optionInstansi);
      if (named.size() != 1) {
        throw new FileLevelException(FileProblemCode.AMBIGUOUS_INSTANSI,
            "--instansi '" + optionInstansi + "' " + describe(named, true) + "; tulis kode instansinya, mis. --instansi 6521.",
            "--instansi '" + optionInstansi + "' " + describe(named, false) + "; give its kode instansi, e.g. --instansi 6521.");
      }
      return new String[] {named.iterator().next().code(), "--instansi"};
    }
    for (RawRow row : titleRows) {
      Set<KnownInstansi> named = matching(text(row));
      if (named.size() > 1) {
        throw new FileLevelException(FileProblemCode.AMBIGUOUS_INSTANSI,
            "Baris judul " + row.rowNumber() + " " + describe(named, true)
                + "; tambahkan kolom kode_instansi atau jalankan dengan --instansi KODE.",
            "Title row " + row.rowNumber() + " " + describe(named, false)
                + "; add a kode_instansi column or pass --instansi CODE.");
      }
      if (named.size() == 1) {
        return new String[] {named.iterator().next().code(), "title row " + row.rowNumber()};
      }
    }
    for (String name : names(file)) {
      Set<KnownInstansi> named = matching(name.replace('-', ' ').replace('_', ' '));
      if (named.size() == 1) {
        return new String[] {named.iterator().next().code(), "file name '" + name + "'"};
      }
    }
    throw notFound(Field.INSTANSI_CODE, "--instansi 6521", "an instansi");
  }

  /**
   * The known instansi a text names by their full name. "KABUPATEN BLITAR PROVINSI JAWA TIMUR" is the address
   * form of one regency, so a province named beside a regency or city of it does not count.
   */
  private Set<KnownInstansi> matching(String text) {
    String haystack = " " + words(text) + " ";
    Set<KnownInstansi> found = new LinkedHashSet<>();
    for (KnownInstansi instansi : known()) {
      String name = words(instansi.name());
      if (!name.isEmpty() && haystack.contains(" " + name + " ")) {
        found.add(instansi);
      }
    }
    if (found.stream().anyMatch(i -> !"provinsi".equals(i.kind()))) {
      found.removeIf(i -> "provinsi".equals(i.kind()));
    }
    return found;
  }

  private List<KnownInstansi> known() {
    if (knownList == null) {
      knownList = List.copyOf(known.get());
    }
    return knownList;
  }

  private static String describe(Set<KnownInstansi> named, boolean indonesian) {
    if (named.isEmpty()) {
      return indonesian ? "tidak ada dalam daftar instansi" : "is not in the instansi list";
    }
    String list = named.stream().map(i -> i.code() + " " + i.name()).collect(Collectors.joining(", "));
    return (indonesian ? "cocok dengan lebih dari satu instansi: " : "matches more than one instansi: ") + list;
  }

  /** Years written after "tahun"/"TA"/"year"; else any year that is not part of a date. */
  private static Set<String> yearsIn(String text) {
    Set<String> years = new TreeSet<>();
    Matcher m = YEAR_AFTER_WORD.matcher(text);
    while (m.find()) {
      years.add(m.group(1));
    }
    return years.isEmpty() ? bareYears(DATE.matcher(text).replaceAll(" ")) : years;
  }

  private static Set<String> bareYears(String text) {
    Set<String> years = new TreeSet<>();
    Matcher m = BARE_YEAR.matcher(text);
    while (m.find()) {
      years.add(m.group(1));
    }
    return years;
  }

  /** The file name without its extension, then its folder's name. */
  private static List<String> names(InputFile file) {
    List<String> names = new ArrayList<>();
    String name = file.path().getName();
    names.add(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
    if (file.path().getParent() != null && !file.path().getParent().getName().isEmpty()) {
      names.add(file.path().getParent().getName());
    }
    return names;
  }

  /** A row's text once per merged title: merged cells repeat their value in every cell they cover. */
  private static String text(RawRow row) {
    return row.cells().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct()
        .collect(Collectors.joining(" "));
  }

  private static String words(String text) {
    return java.util.Arrays.stream(Field.normalizeHeader(text).split("_")).filter(w -> !w.isEmpty())
        .map(w -> WORDS.getOrDefault(w, w)).collect(Collectors.joining(" "));
  }

  private static FileLevelException ambiguousYear(String whereId, String whereEn, Set<String> years) {
    String list = String.join(", ", years);
    return new FileLevelException(FileProblemCode.AMBIGUOUS_YEAR,
        "Berkas tidak memiliki kolom tahun dan " + whereId + " menyebut lebih dari satu tahun (" + list
            + "); tambahkan kolom tahun atau jalankan dengan --tahun, mis. --tahun " + years.iterator().next() + ".",
        "The file has no year column and " + whereEn + " names more than one year (" + list
            + "); add a tahun column or pass --tahun, e.g. --tahun " + years.iterator().next() + ".");
  }

  private FileLevelException notFound(Field field, String option, String what) {
    String column = field.headerName() + " (" + String.join("/", field.aliases().subList(0, 3)) + ")";
    String sentenceId = "kolom wajib tidak ada pada baris judul (baris " + where[2] + "): " + column + ". "
        + (what.equals("a year") ? "Tahun" : "Instansi") + " juga tidak disebut di baris judul maupun nama berkas: "
        + "tambahkan kolom " + field.headerName() + " atau jalankan dengan " + option + ".";
    String sentenceEn = "required column(s) missing from the header (row " + where[2] + "): " + column + ". "
        + (what.equals("a year") ? "A year" : "An instansi") + " is named neither in the title rows nor in the file "
        + "name: add a " + field.headerName() + " column or pass " + option + ".";
    return new FileLevelException(FileProblemCode.MISSING_COLUMN, capitalised(where[0], sentenceId),
        capitalised(where[1], sentenceEn));
  }

  private static String capitalised(String where, String text) {
    return where.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : where + text;
  }

  /** The header with the implied fields as extra columns, named as the planner would have written them. */
  static ColumnMapping extend(ColumnMapping mapping, FileContext context) {
    if (!context.implied()) {
      return mapping;
    }
    Map<Field, Integer> columns = new LinkedHashMap<>(mapping.columns());
    Map<Field, String> texts = new LinkedHashMap<>(mapping.headerTexts());
    if (context.year() != null) {
      columns.put(Field.YEAR, YEAR_CELL);
      texts.put(Field.YEAR, "tahun (" + context.yearFrom() + ")");
    }
    if (context.instansiCode() != null) {
      columns.put(Field.INSTANSI_CODE, INSTANSI_CELL);
      texts.put(Field.INSTANSI_CODE, "kode_instansi (" + context.instansiFrom() + ")");
    }
    return new ColumnMapping(mapping.headerRowNumber(), columns, texts, mapping.ignoredHeaders());
  }

  /** The row as if it had the implied cells: a view, the cells are not copied. */
  static RawRow extend(RawRow row, FileContext context) {
    if (!context.implied()) {
      return row;
    }
    List<String> cells = row.cells();
    return new RawRow(row.rowNumber(), new AbstractList<>() {
      @Override
      public String get(int index) {
        if (index == YEAR_CELL) {
          return context.year();
        }
        if (index == INSTANSI_CELL) {
          return context.instansiCode();
        }
        return index < cells.size() ? cells.get(index) : null;
      }

      @Override
      public int size() {
        return INSTANSI_CELL + 1;
      }
    });
  }
}
