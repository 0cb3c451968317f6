package id.spbe.analytics.pipeline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.MaturityLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Rewrites a clean self-assessment table the many ways planners' files differ without meaning anything else:
 * CSV with another separator, encoding, BOM or line end, a workbook with typed cells, JSON; title rows above the
 * header, columns in another order under another accepted name, extra columns; and every accepted wording of
 * levels ("3,0", "Level 3", "3 - Terdefinisi", "Terdefinisi"), indicators ("I-12", "12. Nama") and dates.
 */
final class EquivalentRewrites {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"};

  /** A file's bytes and the extension that goes with them. */
  record Rewrite(byte[] bytes, String extension, String description) {}

  private final Framework framework;
  private final List<String> header;
  private final List<List<String>> rows;

  /** @param header canonical column names; rows as plain text values (levels as digits, ISO dates) */
  EquivalentRewrites(Framework framework, List<String> header, List<List<String>> rows) {
    this.framework = framework;
    this.header = header;
    this.rows = rows;
  }

  Rewrite rewrite(Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<String> names = new ArrayList<>();
    for (int i : order) {
      names.add(alias(header.get(i), random));
    }
    boolean numbered = random.nextBoolean();
    if (numbered) {
      names.add(0, "No");
    }
    List<List<Object>> body = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> cells = new ArrayList<>();
      if (numbered) {
        cells.add(String.valueOf(r + 1));
      }
      for (int i : order) {
        cells.add(reword(header.get(i), rows.get(r).get(i), rows.get(r), random));
      }
      body.add(cells);
    }
    return switch (random.nextInt(3)) {
      case 0 -> csv(names, body, random);
      case 1 -> workbook(names, body, random);
      default -> json(names, body, random);
    };
  }

  private static String alias(String canonical, Random random) {
    Field field = Field.byHeader(canonical).orElseThrow();
    // an alias another field declared first also claims ("catatan": the assessor's finding in official results)
    // would change what the column means, not only how it is written
    List<String> own = field.aliases().stream().filter(a -> Field.byHeader(a).orElseThrow() == field).toList();
    String alias = own.get(random.nextInt(own.size()));
    return switch (random.nextInt(3)) {
      case 0 -> alias;
      case 1 -> alias.toUpperCase(Locale.ROOT).replace('_', ' ');
      default -> titleCase(alias.replace('_', ' '));
    };
  }

  private Object reword(String column, String value, List<String> row, Random random) {
    return switch (column) {
      case "tingkat_kematangan" -> level(Integer.parseInt(value), row.get(header.indexOf("indikator")), random);
      case "indikator" -> switch (random.nextInt(4)) {
        case 0 -> value;
        case 1 -> "I-" + value;
        case 2 -> "Indikator " + value;
        default -> value + ". " + framework.indicator(value).orElseThrow().name();
      };
      case "tanggal_pengisian" -> {
        LocalDate date = LocalDate.parse(value);
        yield switch (random.nextInt(4)) {
          case 0 -> value;
          case 1 -> String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
          case 2 -> date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
          default -> date; // a date cell in a workbook
        };
      }
      case "ilustratif" -> (value.equals("ya") ? List.of("ya", "Ya", "YA", "y", "iya", "true")
          : List.of("tidak", "Tidak", "t", "no", "", "false")).get(random.nextInt(6));
      default -> value;
    };
  }

  private Object level(int level, String indicator, Random random) {
    String family = framework.indicator(indicator).orElseThrow().levelFamily();
    String name = framework.maturityLevels().stream().filter(l -> l.levelFamily().equals(family) && l.level() == level)
        .map(MaturityLevel::levelName).findFirst().orElseThrow();
    return switch (random.nextInt(6)) {
      case 0 -> String.valueOf(level);
      case 1 -> level + ",0";
      case 2 -> "Level " + level;
      case 3 -> level + " - " + name;
      case 4 -> name;
      default -> level; // a number cell
    };
  }

  private static Rewrite csv(List<String> names, List<List<Object>> body, Random random) {
    char separator = ";,\t|".charAt(random.nextInt(4));
    String newline = random.nextBoolean() ? "\r\n" : "\n";
    boolean quoteAll = random.nextInt(4) == 0;
    StringBuilder text = new StringBuilder();
    for (int t = random.nextInt(3); t > 0; t--) {
      text.append("REKAPITULASI PENILAIAN MANDIRI SPBE KABUPATEN BLITAR").append(newline);
    }
    text.append(csvLine(names, separator, quoteAll)).append(newline);
    for (List<Object> row : body) {
      text.append(csvLine(row.stream().map(String::valueOf).toList(), separator, quoteAll)).append(newline);
    }
    Charset[] charsets = {StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE};
    Charset charset = charsets[random.nextInt(charsets.length)];
    byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : charset == StandardCharsets.UTF_8 && random.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        : new byte[0];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.toString().getBytes(charset));
    return new Rewrite(out.toByteArray(), ".csv", "CSV '" + separator + "' " + charset + (bom.length > 0 ? " BOM" : ""));
  }

  private static String csvLine(List<String> cells, char separator, boolean quoteAll) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      boolean quote = quoteAll || cell.indexOf(separator) >= 0 || cell.contains("\"");
      out.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return String.join(String.valueOf(separator), out);
  }

  private static Rewrite workbook(List<String> names, List<List<Object>> body, Random random) {
    Workbooks book = new Workbooks().sheet("Penilaian");
    int row = 1;
    for (int t = random.nextInt(3); t > 0; t--) {
      book.row(row, "REKAPITULASI PENILAIAN MANDIRI SPBE").merge("A" + row + ":E" + row);
      row++;
    }
    book.row(row++, names.toArray());
    for (List<Object> cells : body) {
      Object[] typed = cells.stream().map(c -> c instanceof String s && s.matches("\\d{1,6}") && random.nextBoolean()
          ? (Object) Integer.valueOf(s) : c).toArray();
      book.row(row++, typed);
    }
    try {
      return new Rewrite(book.bytes(), ".xlsx", "XLSX");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Rewrite json(List<String> names, List<List<Object>> body, Random random) {
    ArrayNode records = JSON.createArrayNode();
    for (List<Object> cells : body) {
      ObjectNode record = records.addObject();
      for (int i = 0; i < names.size(); i++) {
        Object v = cells.get(i);
        if (v instanceof Integer n) {
          record.put(names.get(i), n);
        } else {
          record.put(names.get(i), String.valueOf(v));
        }
      }
    }
    try {
      if (random.nextBoolean()) {
        return new Rewrite(JSON.writeValueAsBytes(records), ".json", "JSON array");
      }
      StringBuilder lines = new StringBuilder();
      for (var record : records) {
        lines.append(JSON.writeValueAsString(record)).append('\n');
      }
      return new Rewrite(lines.toString().getBytes(StandardCharsets.UTF_8), ".ndjson", "JSON lines");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String titleCase(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split(" ")) {
      out.append(out.isEmpty() ? "" : " ").append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
