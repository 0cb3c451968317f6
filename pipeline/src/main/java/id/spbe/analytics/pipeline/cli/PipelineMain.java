package id.spbe.analytics.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: turns the command line into a command and its typed config; exit codes in {@link ExitCodes}. */
@Command(name = "spbe-pipeline", mixinStandardHelpOptions = true, version = "spbe-pipeline 0.1.0",
    description = "SPBE Analytics pipeline: ingest, compute and publish SPBE maturity tables.",
    subcommands = {RunCommand.class, VersionsCommand.class, RollbackCommand.class, GenerateCommand.class})
public final class PipelineMain implements Runnable {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new PipelineMain())
        .setExecutionExceptionHandler(new ErrorReporter())
        .setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
