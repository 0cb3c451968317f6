package id.spbe.analytics.pipeline.publish;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.spark.SparkSessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged pipeline ({@code java -jar target/spbe-pipeline.jar}) as its own process, as a planner runs it,
 * optionally told to pause at a {@link PausePoint} so it can be killed there.
 */
final class PipelineProcess {
  private static final Path JAR = Path.of(System.getProperty("pipeline.jar", "target/spbe-pipeline.jar")).toAbsolutePath();

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<String> paused = new CompletableFuture<>();

  private PipelineProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "pipeline-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** {@code run --input <Blitar sample> --warehouse <warehouse>}, pausing at {@code pauseAt} when not null. */
  static PipelineProcess runSample(Path warehouse, PausePoint pauseAt) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("No packaged pipeline at " + JAR + "; run `mvn -pl pipeline verify`");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g",
        // staged to files, as a large run stages: a run killed then leaves staging files for the next run to remove
        "-D" + SparkSessions.STAGING_ROWS_IN_MEMORY + "=0",
        "-jar", JAR.toString(), "run", "--input", SharedSpark.blitarSample().toString(),
        "--warehouse", warehouse.toString(), "--reference", SharedSpark.referenceDir().toString(),
        "--force")); // every run here publishes the same sample again: that is what is killed and recovered
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().remove(PausePoint.ENV);
    if (pauseAt != null) {
      builder.environment().put(PausePoint.ENV, pauseAt.pointName());
    }
    return new PipelineProcess(builder.start());
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        output.add(line);
        if (line.startsWith("SPBE_PAUSED ")) {
          paused.complete(line.substring("SPBE_PAUSED ".length()));
        }
      }
    } catch (IOException e) {
      paused.completeExceptionally(e); // the process was killed while we read: nothing more to read
    }
    paused.completeExceptionally(new IllegalStateException("the run ended without pausing:\n" + String.join("\n", output)));
  }

  /** Waits until the run stands at its pause point, then kills it with SIGKILL (no shutdown hooks, no cleanup). */
  void killWhenPaused(PausePoint point) throws Exception {
    String reached = paused.get(10, TimeUnit.MINUTES);
    if (!reached.equals(point.pointName())) {
      throw new IllegalStateException("paused at " + reached + ", expected " + point.pointName());
    }
    process.destroyForcibly(); // SIGKILL on Linux
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the process survived SIGKILL");
    }
  }

  int awaitExit() throws InterruptedException {
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the run did not finish in 10 minutes:\n" + output());
    }
    return process.exitValue();
  }

  String output() {
    return String.join("\n", output);
  }
}
