package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Writes staged rows as typed Parquet, one folder per fact table ({@link StagingLayout}), on the same file system as
 * the warehouse so Spark executors on a cluster read them too. A run too large to stage in memory used to write JSON
 * lines, which Spark then parsed as text and checkpointed: on the national set that was 4.8 s of jobs before the
 * first check.
 */
public final class ParquetStagingWriter implements StagingSink, Closeable {
  /**
   * Rows buffered per file before a row group is flushed. Parquet's 128 MiB default, for each of a dozen tables at
   * once, would hold much of a 2 GiB driver heap on a large run.
   */
  private static final long ROW_GROUP_BYTES = 16L << 20;
  private static final StructType PROBLEM_SCHEMA = StructType.fromDDL(StagedFacts.ROW_PROBLEM_DDL);

  private final Configuration conf;
  private final StagingLayout layout;
  private final Map<FactTable, ParquetWriter<Row>> writers = new EnumMap<>(FactTable.class);
  private ParquetWriter<Row> problems;
  private long problemCount;

  public ParquetStagingWriter(Path dir, Configuration conf) {
    this.layout = new StagingLayout(dir);
    this.conf = conf;
  }

  @Override
  public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
    ParquetWriter<Row> writer = writers.get(table);
    if (writer == null) {
      writer = open(layout.table(table), table.tableName(), StructType.fromDDL(table.stagedSchemaDdl()));
      writers.put(table, writer);
    }
    write(writer, TypedRows.fact(table, values, provenance), table.tableName());
  }

  @Override
  public void reject(RowProblem problem) {
    if (problems == null) {
      problems = open(layout.rowProblems(), StagingLayout.ROW_PROBLEMS, PROBLEM_SCHEMA);
    }
    write(problems, TypedRows.problem(problem), StagingLayout.ROW_PROBLEMS);
    problemCount++;
  }

  public long problemCount() {
    return problemCount;
  }

  private ParquetWriter<Row> open(Path dir, String name, StructType struct) {
    Path file = new Path(dir, "part-00000.parquet");
    try {
      return new Builder(HadoopOutputFile.fromPath(file, conf), struct, name)
          .withConf(conf)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          // read once or twice and deleted when the run ends: compressing and dictionaries cost the driver CPU
          .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
          .withDictionaryEncoding(false)
          .withRowGroupSize(ROW_GROUP_BYTES)
          .build();
    } catch (IOException e) {
      throw new StagingWriteException(file, e);
    }
  }

  private void write(ParquetWriter<Row> writer, Row row, String folder) {
    try {
      writer.write(row);
    } catch (IOException e) {
      throw new StagingWriteException(new Path(layout.root(), folder), e); // a Path per row cost 1 s on the national set
    }
  }

  @Override
  public void close() throws IOException {
    List<ParquetWriter<Row>> open = new ArrayList<>(writers.values());
    if (problems != null) {
      open.add(problems);
    }
    IOException first = null;
    for (ParquetWriter<Row> writer : open) {
      try {
        writer.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    writers.clear();
    problems = null;
    if (first != null) {
      throw first;
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final StructType struct;
    private final String name;

    Builder(org.apache.parquet.io.OutputFile file, StructType struct, String name) {
      super(file);
      this.struct = struct;
      this.name = name;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(Configuration configuration) {
      return new StagedParquet.RowWriteSupport(struct, StagedParquet.schema(name, struct));
    }
  }

  /** The staging folder cannot be written (a full disk, lost permissions): not a fault of the input file. */
  public static final class StagingWriteException extends RuntimeException {
    StagingWriteException(Path where, IOException cause) {
      super("Berkas staging tidak dapat ditulis / cannot write the staging file " + where + ": " + cause.getMessage(),
          cause);
    }
  }
}
