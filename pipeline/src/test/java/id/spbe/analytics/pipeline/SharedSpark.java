package id.spbe.analytics.pipeline;

import id.spbe.analytics.pipeline.spark.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession for every test class in the JVM: starting Spark costs seconds, a test should not. */
public final class SharedSpark {
  private static SparkSession spark;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      System.setProperty("spark.master", "local[2]");
      System.setProperty("spark.sql.shuffle.partitions", "2");
      spark = SparkSessions.create("spbe-pipeline-tests");
    }
    return spark;
  }

  /** The repository root, where data/ and docs/ live (tests run with the module as working directory). */
  public static Path repoRoot() {
    Path here = Path.of("").toAbsolutePath();
    return here.resolve("data").toFile().isDirectory() ? here : here.getParent();
  }

  public static Path referenceDir() {
    return repoRoot().resolve("data/reference");
  }

  public static Path blitarSample() {
    return repoRoot().resolve("data/samples/kabupaten-blitar");
  }
}
