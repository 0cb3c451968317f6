package id.spbe.analytics.pipeline.publish;

import java.util.Locale;

/**
 * Named moments of a run at which the crash tests kill the process. With the environment variable
 * {@value #ENV} set to a point's name, a run that reaches that point prints {@code SPBE_PAUSED <name>} on
 * stderr and waits there, so a test can kill it with SIGKILL at exactly that moment. Without the variable
 * (always, in production) reaching a point does nothing. The wait ends after {@link #MAX_WAIT_MS} so a
 * variable left set by mistake delays a run but never hangs it.
 */
public enum PausePoint {
  /** Every input row is staged under {@code staging/<run>/}; nothing of the new version exists yet. */
  STAGED,
  /** The first table of the new version is on disk; the others are being written. */
  TABLE_WRITTEN,
  /** The new version is complete, manifest included; CURRENT still names the previous one. */
  BEFORE_SWAP,
  /** CURRENT names the new version; the run record still says RUNNING. */
  AFTER_SWAP;

  public static final String ENV = "SPBE_PAUSE_AT";
  static final long MAX_WAIT_MS = 10 * 60 * 1000L;
  private static final String REQUESTED = System.getenv(ENV);

  /** The name used in {@value #ENV}: "staged", "table-written", "before-swap", "after-swap". */
  public String pointName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public void reached() {
    if (!pointName().equals(REQUESTED)) {
      return;
    }
    System.err.println("SPBE_PAUSED " + pointName());
    System.err.flush();
    try {
      Thread.sleep(MAX_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
