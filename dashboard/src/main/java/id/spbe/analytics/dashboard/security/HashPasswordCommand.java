package id.spbe.analytics.dashboard.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code spbe-dashboard hash-password [--cost N]}: asks for a password twice (not echoed) and prints its BCrypt hash
 * for the users file. Without a terminal it reads one line from standard input (scripts, tests).
 */
public final class HashPasswordCommand {
  /** Shorter passwords are refused: the dashboard may face the office network. */
  static final int MINIMUM_LENGTH = 10;

  private HashPasswordCommand() {}

  /** Returns the exit code: 0 done, 2 wrong use. */
  public static int run(String[] args, Console console, InputStream in, PrintStream out, PrintStream err) {
    int cost;
    try {
      cost = cost(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("Usage: spbe-dashboard hash-password [--cost " + PasswordHashing.MINIMUM_COST + "-31]");
      return 2;
    }
    char[] password = null;
    try {
      password = console != null ? fromConsole(console) : fromStream(in);
      if (password == null) {
        err.println("The two passwords differ; nothing printed.");
        return 2;
      }
      if (password.length < MINIMUM_LENGTH) {
        err.println("A password needs at least " + MINIMUM_LENGTH + " characters.");
        return 2;
      }
      out.println(PasswordHashing.hash(password, cost));
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      err.println(e.getMessage());
      return 2;
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private static int cost(String[] args) {
    if (args.length == 0) {
      return PasswordHashing.DEFAULT_COST;
    }
    if (args.length != 2 || !args[0].equals("--cost")) {
      throw new IllegalArgumentException("Unknown arguments " + String.join(" ", args));
    }
    try {
      int cost = Integer.parseInt(args[1]);
      if (cost < PasswordHashing.MINIMUM_COST || cost > 31) {
        throw new IllegalArgumentException("--cost must be " + PasswordHashing.MINIMUM_COST + "-31, was " + cost);
      }
      return cost;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--cost must be a number, was '" + args[1] + "'", e);
    }
  }

  private static char[] fromConsole(Console console) {
    char[] first = console.readPassword("Password: ");
    char[] second = console.readPassword("Again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      return null;
    }
    Arrays.fill(second, '\0');
    return first;
  }

  private static char[] fromStream(InputStream in) throws IOException {
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new IOException("No password on standard input");
    }
    return line.toCharArray();
  }
}
