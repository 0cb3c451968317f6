package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Ways to damage an input file, driven by a seeded {@link Random} so a failure can be replayed: byte damage,
 * cut-off files, wrong encodings, hostile cell values, and whole random workbooks with every Excel cell type.
 */
final class Mutations {
  /** Values planners, Excel and broken exports really produce, and some that only an attacker would. */
  static final List<String> NASTY = List.of("", " ", "=1+1", "=HYPERLINK(\"x\")", "99999999999999999999", "-1", "1e309",
      "NaN", "Infinity", "\uFF13", "\u0663", "\u0000", "\"", "\"\"\"", ";;;", ",", "2023-02-30", "35-99", "I-", "Level",
      "Level 99999999999999", "0x10", "\u221E", "x".repeat(10_000), "\uD83D\uDE00", "3,5,6", "1.234,5", "-0", "3 -", "- 3",
      "Indikator", "35-2-1", "12. ", "#REF!", "tahun", "kode_instansi", "(1)", "3\n4", "\t", "null", "true", "2100", "1999",
      "6521.0", "0", "5", "6", "Terdefinisi", "terpadu dan terukur", "Optimum - 2", "2 Juli 2023", "31/12/9999");

  private Mutations() {}

  static byte[] mutate(byte[] original, boolean text, Random random) {
    return switch (random.nextInt(text ? 9 : 4)) {
      case 0 -> flipBytes(original, random);
      case 1 -> truncate(original, random);
      case 2 -> insertGarbage(original, random);
      case 3 -> deleteChunk(original, random);
      case 4 -> replaceCells(original, random);
      case 5 -> reencode(original, random);
      case 6 -> duplicateLines(original, random);
      case 7 -> replaceSeparators(original, random);
      default -> replaceCells(flipBytes(original, random), random);
    };
  }

  static byte[] flipBytes(byte[] in, Random random) {
    byte[] out = in.clone();
    for (int n = 1 + random.nextInt(8); n > 0 && out.length > 0; n--) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  static byte[] truncate(byte[] in, Random random) {
    return Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
  }

  static byte[] insertGarbage(byte[] in, Random random) {
    byte[] garbage = new byte[1 + random.nextInt(64)];
    random.nextBytes(garbage);
    int at = in.length == 0 ? 0 : random.nextInt(in.length);
    byte[] out = new byte[in.length + garbage.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(garbage, 0, out, at, garbage.length);
    System.arraycopy(in, at, out, at + garbage.length, in.length - at);
    return out;
  }

  static byte[] deleteChunk(byte[] in, Random random) {
    if (in.length < 2) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + random.nextInt(200));
    byte[] out = new byte[in.length - (to - from)];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(in, to, out, from, in.length - to);
    return out;
  }

  /** Some cells of some lines become hostile values; the structure of the file stays. */
  static byte[] replaceCells(byte[] in, Random random) {
    List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
    for (int n = 1 + random.nextInt(4); n > 0 && !lines.isEmpty(); n--) {
      int line = random.nextInt(lines.size());
      String separator = lines.get(line).contains(";") ? ";" : ",";
      String[] cells = lines.get(line).split(separator, -1);
      cells[random.nextInt(cells.length)] = NASTY.get(random.nextInt(NASTY.size()));
      lines.set(line, String.join(separator, cells));
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] reencode(byte[] in, Random random) {
    String text = new String(in, StandardCharsets.UTF_8);
    Charset[] charsets = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
        Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1};
    return text.getBytes(charsets[random.nextInt(charsets.length)]);
  }

  static byte[] duplicateLines(byte[] in, Random random) {
    List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
    int line = random.nextInt(lines.size());
    for (int n = random.nextInt(4); n >= 0; n--) {
      lines.add(line, lines.get(line));
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] replaceSeparators(byte[] in, Random random) {
    String[] separators = {",", ";", "\t", "|", "\"", " "};
    String from = separators[random.nextInt(separators.length)];
    String to = separators[random.nextInt(separators.length)];
    return new String(in, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A workbook under a valid or damaged self-assessment header, below random title rows, with random merges,
   * sometimes a hidden sheet first, and every kind of cell Excel has in the data rows.
   */
  static byte[] randomWorkbook(Random random) {
    List<String> headers = new ArrayList<>(List.of("Tahun", "Kode Instansi", "Indikator", "Tingkat Kematangan",
        "OPD Pengampu", "Penjelasan", "Tanggal Pengisian", "Ilustratif", "No"));
    java.util.Collections.shuffle(headers, random);
    if (random.nextInt(5) == 0) {
      headers.remove(random.nextInt(headers.size()));
    }
    Workbooks book = new Workbooks();
    if (random.nextInt(4) == 0) {
      book.sheet("Tersembunyi").row(1, "tahun", "kode_instansi").hidden();
    }
    book.sheet(random.nextBoolean() ? "Data" : "Rekap " + random.nextInt(100));
    int top = random.nextInt(4);
    for (int r = 1; r <= top; r++) {
      book.row(r, "REKAPITULASI " + r);
      if (random.nextBoolean()) {
        book.merge("A" + r + ":F" + r);
      }
    }
    book.row(top + 1, headers.toArray());
    int rows = random.nextInt(30);
    for (int r = 0; r < rows; r++) {
      Object[] cells = new Object[headers.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = randomCell(headers.get(c), random);
      }
      book.row(top + 2 + r, cells);
    }
    if (rows > 2 && random.nextBoolean()) {
      int col = random.nextInt(headers.size());
      String letter = String.valueOf((char) ('A' + col));
      book.merge(letter + (top + 2) + ":" + letter + (top + 3));
    }
    try {
      return book.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object randomCell(String header, Random random) {
    if (random.nextInt(4) > 0) { // mostly plausible, so rows get past the first checks
      return switch (header) {
        case "Tahun" -> 2018 + random.nextInt(10);
        case "Kode Instansi" -> random.nextBoolean() ? 6521 : "6521";
        case "Indikator" -> random.nextBoolean() ? 1 + random.nextInt(50) : "I-" + (1 + random.nextInt(50));
        case "Tingkat Kematangan" -> random.nextBoolean() ? random.nextInt(7) : random.nextDouble() * 6;
        case "Tanggal Pengisian" -> LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        case "Ilustratif" -> random.nextBoolean();
        default -> "Bappeda";
      };
    }
    return switch (random.nextInt(7)) {
      case 0 -> null;
      case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(20));
      case 2 -> FormulaError.values()[random.nextInt(FormulaError.values().length)];
      case 3 -> random.nextBoolean();
      case 4 -> LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
      case 5 -> -random.nextInt(100000);
      default -> NASTY.get(random.nextInt(NASTY.size()));
    };
  }
}
