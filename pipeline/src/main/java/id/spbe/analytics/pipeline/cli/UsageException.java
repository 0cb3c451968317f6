package id.spbe.analytics.pipeline.cli;

/**
 * The command line asks for something that cannot be done (a version that is not kept, a template that would
 * overwrite a planner's file); exit code {@link ExitCodes#USAGE}. Other exceptions are not the user's wording
 * and are reported as unexpected.
 */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
