package id.spbe.analytics.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on loopback: one master and N workers, each its own JVM, run from a Spark
 * installation ({@code SPARK_HOME/jars}; see {@link SparkInstallation}); executors are the workers' child JVMs.
 */
final class SparkStandaloneCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final int masterPort;
  private final int uiPort;
  private final List<JavaProcess> processes = new ArrayList<>();
  private final Thread stopOnExit = new Thread(this::close, "stop-spark-cluster");

  private SparkStandaloneCluster(Path dir, int masterPort, int uiPort) {
    this.dir = dir;
    this.masterPort = masterPort;
    this.uiPort = uiPort;
  }

  /**
   * Starts the JVMs without waiting for them; {@link #awaitWorkers} waits.
   *
   * @param sparkHome a Spark installation: {@code jars/} holds Spark and its dependencies
   * @param jvmFlags the {@code --add-opens} list Spark needs on Java 17+
   * @param dir where the worker folders (executor logs) and the logs go
   */
  static SparkStandaloneCluster start(Path sparkHome, List<String> jvmFlags, int workers, Path dir) throws IOException {
    SparkStandaloneCluster cluster = new SparkStandaloneCluster(dir, freePort(), freePort());
    Runtime.getRuntime().addShutdownHook(cluster.stopOnExit); // even if the test JVM is interrupted
    try {
      List<String> jvm = new ArrayList<>(jvmFlags);
      jvm.addAll(List.of("-Xmx256m", "-cp", sparkHome.resolve("jars").toAbsolutePath() + "/*"));
      Map<String, String> env = Map.of("SPARK_LOCAL_IP", "127.0.0.1", "SPARK_HOME", sparkHome.toString(),
          "SPARK_SCALA_VERSION", "2.13");
      cluster.processes.add(JavaProcess.start("spark-master", withRestOff(jvm),
          List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
              String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(cluster.uiPort)),
          env, dir.resolve("logs/master.log")));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        cluster.processes.add(JavaProcess.start("spark-worker-" + i, jvm,
            List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "0", "--webui-port", "0",
                "--cores", "1", "--memory", "1g", "--work-dir", work.toString(), cluster.masterUrl()),
            env, dir.resolve("logs/worker-" + i + ".log")));
      }
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** Waits until the master's status page lists every worker alive. */
  void awaitWorkers(int workers, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      for (JavaProcess p : processes) {
        if (!p.isAlive()) {
          throw new AssertionError(p + " exited while the cluster started:\n" + p.output());
        }
      }
      try {
        JsonNode status = status();
        last = status.toString();
        if (status.path("aliveworkers").asInt() == workers) {
          return;
        }
      } catch (IOException notYet) { // ConnectException until the UI listens
        last = "master UI not answering yet: " + notYet;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the Spark cluster did not report " + workers + " alive workers within " + timeout
        + "; last status: " + last + "; logs in " + dir.resolve("logs"));
  }

  /** The master's JSON status: workers, running and completed applications. */
  JsonNode status() throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + uiPort + "/json/")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The executor logs (stderr) the workers kept, one per executor that ran. */
  List<Path> executorLogs() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().equals("stderr") && p.toString().contains("/worker-")).toList();
    }
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) { // workers before the master
      processes.get(i).close();
    }
    processes.clear();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // called from the hook itself: the JVM is already exiting
    }
  }

  /** The master's REST submission server would take the fixed port 6066; it is not needed here. */
  private static List<String> withRestOff(List<String> jvm) {
    List<String> out = new ArrayList<>(jvm);
    out.add(0, "-Dspark.master.rest.enabled=false");
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
