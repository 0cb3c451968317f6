package id.spbe.analytics.pipeline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * The row count of a table just written, from its files' footers: counting it with Spark would cost a job per
 * table (37 per run) to learn what the footers already say.
 */
final class WrittenParquet {
  private WrittenParquet() {}

  static long rowCount(Path tableDir, Configuration conf) {
    try {
      FileSystem fs = tableDir.getFileSystem(conf);
      long rows = 0;
      for (FileStatus file : fs.listStatus(tableDir, p -> p.getName().endsWith(".parquet"))) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
          rows += reader.getRecordCount();
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the row count of " + tableDir, e);
    }
  }
}
