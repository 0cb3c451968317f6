package id.spbe.analytics.pipeline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession. The master comes from Spark's own configuration (spark-submit's --master, or
 * -Dspark.master=...); only when none is set does the job run embedded on {@code local[*]}. Defaults here suit a
 * 2-core laptop and are overridden by any value the user sets.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf(); // reads spark.* system properties, which spark-submit sets
    boolean local = !conf.contains("spark.master") || conf.get("spark.master").startsWith("local");
    setIfAbsent(conf, "spark.master", "local[*]");
    setIfAbsent(conf, "spark.app.name", appName);
    setIfAbsent(conf, "spark.ui.enabled", "false");
    setIfAbsent(conf, "spark.ui.showConsoleProgress", "false");
    // the data is thousands to a few million rows: 200 shuffle partitions would be 200 tiny tasks per stage
    setIfAbsent(conf, "spark.sql.shuffle.partitions", local ? "4" : "32");
    // The planner broadcasts a join side whose files are under the threshold, but dictionary-encoded, compressed
    // Parquet grows tens of times as rows in memory: at ten times the national set a table under 10 MB on disk
    // became a broadcast that exhausted a 2 GiB driver. So a side is broadcast from its file size only when it is
    // under about 100 KB of Parquet (a catalog table); adaptive execution still broadcasts any side whose
    // shuffled, real size turns out under 10 MB.
    setIfAbsent(conf, "spark.sql.sources.fileCompressionFactor", "10");
    setIfAbsent(conf, "spark.sql.autoBroadcastJoinThreshold", "1m");
    setIfAbsent(conf, "spark.sql.adaptive.autoBroadcastJoinThreshold", "10m");
    setIfAbsent(conf, "spark.sql.session.timeZone", "UTC");
    setIfAbsent(conf, "spark.sql.sources.partitionOverwriteMode", "static");
    setIfAbsent(conf, "spark.sql.ansi.enabled", "true");
    if (local) {
      setIfAbsent(conf, "spark.driver.host", "127.0.0.1");
      setIfAbsent(conf, "spark.driver.bindAddress", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  private static void setIfAbsent(SparkConf conf, String key, String value) {
    if (!conf.contains(key)) {
      conf.set(key, value);
    }
  }
}
