package id.spbe.analytics.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published tables as docs/tables.md specifies them, read from the page itself (packed into this jar), so
 * the pipeline's contract test and the dashboard's fixture read the same words people do. Each
 * {@code ### table} section gives its {@code Keys: a, b} line and its {@code | column | type | null | meaning |}
 * rows; anything else on the page is prose.
 */
public final class TableContract {
  /** The page's place in this jar (the build copies docs/tables.md there). */
  static final String RESOURCE = "tables.md";
  private static final Pattern SECTION = Pattern.compile("^### (\\w+)\\s*$");
  private static final Pattern KEYS = Pattern.compile("^Keys: (.+)$");
  private static final Pattern COLUMN = Pattern.compile("^\\| (\\w+) \\| ([a-z0-9(),]+) \\| (yes|no) \\|.*$");

  private final Map<String, TableSpec> tables;

  private TableContract(Map<String, TableSpec> tables) {
    this.tables = Collections.unmodifiableMap(tables);
  }

  /** docs/tables.md as this build packed it. */
  public static TableContract published() {
    try (InputStream in = TableContract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("tables.md is missing from the warehouse-contract jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TableContract parse(String markdown) {
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    String table = null;
    List<String> keys = List.of();
    List<ColumnSpec> columns = new ArrayList<>();
    for (String line : markdown.split("\\R")) {
      Matcher section = SECTION.matcher(line);
      Matcher key = KEYS.matcher(line);
      Matcher column = COLUMN.matcher(line);
      if (section.matches()) {
        if (table != null) {
          tables.put(table, new TableSpec(table, keys, columns));
        }
        table = section.group(1);
        keys = List.of();
        columns = new ArrayList<>();
      } else if (table != null && key.matches()) {
        keys = List.of(key.group(1).trim().split(",\\s*"));
      } else if (table != null && column.matches()) {
        columns.add(new ColumnSpec(column.group(1), column.group(2), column.group(3).equals("yes")));
      }
    }
    if (table != null) {
      tables.put(table, new TableSpec(table, keys, columns));
    }
    return new TableContract(tables);
  }

  /** Every table, in the page's order. */
  public Map<String, TableSpec> tables() {
    return tables;
  }

  public TableSpec table(String name) {
    TableSpec spec = tables.get(name);
    if (spec == null || spec.columns().isEmpty()) {
      throw new IllegalArgumentException("docs/tables.md specifies no table " + name);
    }
    return spec;
  }

  public TableSpec table(PublishedTable table) {
    return table(table.tableName());
  }
}
