package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this JVM, on the shared SparkSession, and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(String... args) {
    SharedSpark.get(); // the command finds this session and leaves it running
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PipelineMain.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** {@code run --input ... --warehouse ... --reference <repo>/data/reference --quiet} plus extra flags. */
  public static Cli pipeline(String warehouse, List<String> inputs, String... flags) {
    List<String> args = new ArrayList<>(List.of("run", "--warehouse", warehouse, "--reference",
        SharedSpark.referenceDir().toString(), "--quiet"));
    inputs.forEach(i -> {
      args.add("--input");
      args.add(i);
    });
    args.addAll(List.of(flags));
    return run(args.toArray(String[]::new));
  }

  /** What a planner sees on the console must never be a stack trace. */
  public boolean showsAStackTrace() {
    return (out + err).matches("(?s).*(\\n\\s+at [\\w.$]+\\(|Exception in thread|Caused by:).*");
  }
}
