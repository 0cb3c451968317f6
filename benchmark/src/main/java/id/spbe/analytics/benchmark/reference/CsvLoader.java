package id.spbe.analytics.benchmark.reference;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the generated CSV files with DuckDB's own reader: files of one kind, dialect and column list in one
 * read_csv call, every cell as text, into raw_&lt;kind&gt; by column name.
 */
final class CsvLoader {
  private CsvLoader() {}

  static void load(Statement sql, Path dir, List<ManifestFile> files) throws SQLException {
    Map<String, List<ManifestFile>> batches = new LinkedHashMap<>();
    for (ManifestFile f : files) {
      if (!f.isWorkbook()) {
        batches.computeIfAbsent(f.kind() + "|" + f.dialect() + "|" + f.fields(), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<ManifestFile> batch : batches.values()) {
      sql.execute(insert(dir, batch));
    }
  }

  private static String insert(Path dir, List<ManifestFile> batch) {
    ManifestFile first = batch.get(0);
    String paths = batch.stream().map(f -> quote(dir.resolve(f.path()).toString())).collect(Collectors.joining(", "));
    String columns = first.fields().stream().map(f -> quote(f) + ": 'VARCHAR'").collect(Collectors.joining(", "));
    boolean indonesian = first.dialect().equals("ID_CSV");
    // Windows-1252 and Latin-1 agree on every letter the generator writes; DuckDB reads Latin-1 without extensions
    return "insert into raw_" + first.kind() + " by name select * exclude (filename), filename as source_file "
        + "from read_csv([" + paths + "], delim = '" + (indonesian ? ';' : ',') + "', quote = '\"', escape = '\"', "
        + "header = false, skip = " + first.headerRow() + ", columns = {" + columns + "}, filename = true, "
        + "auto_detect = false, encoding = '" + (indonesian ? "latin-1" : "utf-8") + "')";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
