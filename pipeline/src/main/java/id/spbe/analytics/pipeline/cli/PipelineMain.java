package id.spbe.analytics.pipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point: turns the command line into a command and its typed config; exit codes in {@link ExitCodes}. */
@Command(name = "spbe-pipeline", mixinStandardHelpOptions = true, version = "spbe-pipeline 0.1.0",
    description = "SPBE Analytics pipeline: ingest, compute and publish SPBE maturity tables.",
    subcommands = {RunCommand.class, VersionsCommand.class, RollbackCommand.class, TemplateCommand.class,
        GenerateCommand.class})
public final class PipelineMain implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command with its output and messages going to the given writers (scripts, tests). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PipelineMain())
        .setExecutionExceptionHandler(new ErrorReporter())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** No command given: the usage, and the exit code of a wrong command line. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
