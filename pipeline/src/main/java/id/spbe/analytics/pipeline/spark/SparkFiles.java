package id.spbe.analytics.pipeline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** File-system questions asked through the session's Hadoop configuration, so they hold on a cluster's storage too. */
public final class SparkFiles {
  private SparkFiles() {}

  /** Whether a staged or published folder exists: reading one that does not would fail instead of giving no rows. */
  public static boolean exists(SparkSession spark, Path dir) {
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
