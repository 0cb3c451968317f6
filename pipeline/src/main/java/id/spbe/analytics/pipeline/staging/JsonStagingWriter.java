package id.spbe.analytics.pipeline.staging;


import id.spbe.analytics.pipeline.quarantine.RowProblem;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes staged rows as JSON lines, one folder per fact table, on the same file system as the warehouse so
 * Spark executors on a cluster read them too. JSON lines keep justifications with line breaks and quotes intact
 * and let Spark split large files.
 */
public final class JsonStagingWriter implements StagingSink, Closeable {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private final FileSystem fs;
  private final StagingLayout layout;
  private final Map<FactTable, JsonGenerator> generators = new EnumMap<>(FactTable.class);
  private final Map<FactTable, Long> counts = new EnumMap<>(FactTable.class);
  private JsonGenerator problems;
  private long problemCount;

  public JsonStagingWriter(Path dir, Configuration conf) {
    this.layout = new StagingLayout(dir);
    try {
      this.fs = dir.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
    write(generators.computeIfAbsent(table, t -> open(layout.table(t))), withOrigin(values, provenance));
    counts.merge(table, 1L, Long::sum);
  }

  @Override
  public void reject(RowProblem problem) {
    if (problems == null) {
      problems = open(layout.rowProblems());
    }
    write(problems, problemRow(problem));
    problemCount++;
  }

  /** A staged row as it is stored: its values and where it came from. */
  static Map<String, Object> withOrigin(Map<String, Object> values, RowOrigin origin) {
    Map<String, Object> row = new LinkedHashMap<>(values);
    row.put("source_file", origin.fileName());
    row.put("source_sheet", origin.sheet());
    row.put("source_row", origin.rowNumber());
    return row;
  }

  /** A refused cell as it is stored, in the {@code StagedFacts.ROW_PROBLEM_DDL} shape. */
  static Map<String, Object> problemRow(RowProblem problem) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source_file", problem.file());
    row.put("source_sheet", problem.sheet());
    row.put("source_row", problem.rowNumber());
    row.put("column_name", problem.column());
    row.put("raw_value", problem.rawValue());
    row.put("reason_code", problem.reason().name());
    row.put("message_id", problem.messageId());
    row.put("message_en", problem.messageEn());
    return row;
  }

  public long count(FactTable table) {
    return counts.getOrDefault(table, 0L);
  }

  public long problemCount() {
    return problemCount;
  }

  private JsonGenerator open(Path tableDir) {
    try {
      OutputStream out = fs.create(new Path(tableDir, "part-00000.json"), true);
      JsonGenerator generator = mapper.getFactory().createGenerator(out);
      generator.setPrettyPrinter(new MinimalPrettyPrinter("\n")); // one row per line
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write staging file under " + tableDir, e);
    }
  }

  private void write(JsonGenerator generator, Map<String, Object> row) {
    try {
      mapper.writeValue(generator, row);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write staged row", e);
    }
  }

  @Override
  public void close() throws IOException {
    for (JsonGenerator generator : generators.values()) {
      closeTarget(generator);
    }
    if (problems != null) {
      closeTarget(problems);
    }
  }

  private static void closeTarget(JsonGenerator generator) throws IOException {
    generator.close(); // AUTO_CLOSE_TARGET is on by default: closes the file too
  }
}
