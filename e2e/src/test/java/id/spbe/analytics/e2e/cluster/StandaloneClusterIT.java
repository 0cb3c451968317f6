package id.spbe.analytics.e2e.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged pipeline jar, unchanged, submitted with spark-submit (its main class, SparkSubmit, on a Spark
 * installation's jars) to a real Spark standalone cluster (a master and two workers, each its own JVM, executors
 * their children) publishes exactly what it publishes embedded on local[*] with {@code java -jar}: every table,
 * row by row, provenance included. The application's own libraries travel with {@code --jars}, as on a real
 * cluster; input and warehouse are file: URIs, as hdfs: or s3a: ones would be. Everything is kept under
 * target/cluster-it for diagnosis: logs of each JVM, the executors' stderr, both warehouses.
 */
class StandaloneClusterIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  private static final Path PIPELINE_JAR = ROOT.resolve("pipeline/target/spbe-pipeline.jar");
  private static final Path WORK = ROOT.resolve("e2e/target/cluster-it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
  private static final int WORKERS = 2;

  private static SparkStandaloneCluster cluster;
  private static long expectedRejectedRows;
  private static String clusterOutput;

  @BeforeAll
  static void runLocallyAndOnTheCluster() throws Exception {
    deleteRecursively(WORK);
    Path input = WORK.resolve("input");
    expectedRejectedRows = generate(input);
    Path sparkHome = SparkInstallation.create(ROOT.resolve("pipeline/target/lib"), WORK.resolve("spark-home"));
    cluster = SparkStandaloneCluster.start(sparkHome, sparkJvmFlags(), WORKERS, WORK.resolve("cluster"));
    // the local run overlaps the cluster's start-up
    runPipeline("pipeline-local", javaJar(), input, WORK.resolve("warehouse-local"));
    cluster.awaitWorkers(WORKERS, Duration.ofMinutes(3));
    clusterOutput = runPipeline("pipeline-cluster", sparkSubmit(sparkHome), input, WORK.resolve("warehouse-cluster"));
  }

  /** How planners run it on one machine. */
  private static List<String> javaJar() {
    return List.of("-Xmx1g", "-jar", PIPELINE_JAR.toString());
  }

  /**
   * What bin/spark-submit runs (spark-class builds this command): SparkSubmit on the Spark installation's jars,
   * the --add-opens flags the launcher adds, the application jar and its own libraries. The jar is copied away
   * from target/lib, whose Class-Path entries would otherwise hide a library missing from --jars.
   */
  private static List<String> sparkSubmit(Path sparkHome) throws IOException {
    Path submitted = Files.createDirectories(WORK.resolve("submit")).resolve(PIPELINE_JAR.getFileName());
    Files.copy(PIPELINE_JAR, submitted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> command = new ArrayList<>(sparkJvmFlags());
    command.addAll(List.of("-Xmx1g", "-cp", sparkHome.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", cluster.masterUrl(), "--deploy-mode", "client", "--name", "spbe-pipeline",
        "--class", "id.spbe.analytics.pipeline.cli.PipelineMain",
        "--jars", String.join(",", SparkInstallation.applicationLibraries(ROOT.resolve("pipeline/target/lib")).stream()
            .map(Path::toString).toList()),
        "--conf", "spark.executor.memory=768m", submitted.toString()));
    return command;
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void everyPublishedTableEqualsTheLocalRunRowByRow() throws Exception {
    PublishedTables local = PublishedTables.current(WORK.resolve("warehouse-local"));
    PublishedTables onCluster = PublishedTables.current(WORK.resolve("warehouse-cluster"));
    assertThat(onCluster.names()).isEqualTo(local.names()).hasSizeGreaterThan(35);
    List<String> differences = new ArrayList<>();
    for (String table : local.names()) {
      differences.addAll(PublishedTables.differences(local, onCluster, table));
    }
    assertThat(differences).as("rows that differ between the local and the cluster run").isEmpty();
    assertThat(local.rowCount("indicator_assessment")).as("the comparison compared something").isGreaterThan(2_000);
    assertThat(local.rowCount("instansi_index")).isGreaterThan(50);
  }

  @Test
  void bothRunsQuarantineExactlyTheRowsTheGeneratorPlanted() throws Exception {
    assertThat(expectedRejectedRows).isPositive();
    assertThat(PublishedTables.current(WORK.resolve("warehouse-local")).latestRunRowsRejected())
        .isEqualTo(expectedRejectedRows);
    assertThat(PublishedTables.current(WORK.resolve("warehouse-cluster")).latestRunRowsRejected())
        .isEqualTo(expectedRejectedRows);
  }

  @Test
  void theWorkRanOnTheWorkersExecutorsNotInTheDriver() throws Exception {
    JsonNode status = cluster.status();
    assertThat(status.path("completedapps")).as("applications the master saw finish").isNotEmpty();
    assertThat(status.path("completedapps").get(0).path("name").asText()).isEqualTo("spbe-pipeline");
    List<Path> executorLogs = cluster.executorLogs();
    for (int worker = 1; worker <= WORKERS; worker++) {
      String folder = "/worker-" + worker + "/";
      List<String> logs = new ArrayList<>();
      for (Path log : executorLogs) {
        if (log.toString().contains(folder)) {
          logs.add(Files.readString(log));
        }
      }
      assertThat(logs).as("executor logs of worker " + worker).isNotEmpty();
      assertThat(String.join("\n", logs)).as("worker " + worker + "'s executors")
          .contains("spbe-pipeline.jar").containsPattern("Finished task \\d+");
    }
    assertThat(clusterOutput).contains("PUBLISHED v-000001");
  }

  /** A small generated set (about ten instansi, nine years), with rows planted wrong. */
  private static long generate(Path input) throws Exception {
    JavaProcess generator = JavaProcess.start("generate", List.of("-Xmx512m"), List.of("-jar", PIPELINE_JAR.toString(),
        "generate", "--output", input.toString(), "--scale", "0.012", "--seed", "11", "--bad-rows", "0.003",
        "--reference", ROOT.resolve("data/reference").toString()), Map.of(), WORK.resolve("logs/generate.log"));
    assertThat(generator.await(Duration.ofMinutes(5))).as(generator.output()).isZero();
    return new ObjectMapper().readTree(input.resolve("_manifest.json").toFile()).path("expected_rejected_rows").asLong();
  }

  private static String runPipeline(String name, List<String> launch, Path input, Path warehouse) throws Exception {
    JavaProcess run = JavaProcess.start(name, launch, List.of("run",
        "--input", input.toUri().toString(), "--warehouse", warehouse.toUri().toString(),
        "--reference", ROOT.resolve("data/reference").toString(), "--publish-valid-rows"),
        Map.of("SPARK_LOCAL_IP", "127.0.0.1"), WORK.resolve("logs/" + name + ".log"));
    int exit = run.await(RUN_TIMEOUT);
    String output = run.output();
    assertThat(exit).as(name + " exit code; output:%n%s", output).isZero();
    return output;
  }

  private static List<String> sparkJvmFlags() {
    String flags = System.getProperty("spark.jvm.opens", "");
    assertThat(flags).as("failsafe passes the parent pom's spark.jvm.opens").contains("--add-opens");
    return Arrays.stream(flags.trim().split("\\s+")).toList();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
