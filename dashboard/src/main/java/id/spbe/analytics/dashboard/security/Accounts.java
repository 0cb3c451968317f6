package id.spbe.analytics.dashboard.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users who may sign in, read once at start from a JSON file:
 *
 * <pre>{@code
 * {"users": [
 *   {"username": "bappeda", "display_name": "Bappeda Kab. Blitar", "role": "analyst",
 *    "password_hash": "$2a$12$..."},
 *   {"username": "kominfo", "role": "opd", "instansi_code": "6521", "opd_code": "KOMINFO",
 *    "password_hash": "$2a$12$..."}
 * ]}
 * }</pre>
 *
 * Any mistake (unknown field, unknown role, weak or malformed hash, duplicate name) stops the start with the file
 * and the user named: a half-read users file must never let the dashboard run. All hashes must share one cost:
 * a check takes as long as its hash's cost says, so users of different costs, and unknown names, would be told
 * apart by the time a wrong password takes.
 */
public final class Accounts {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final Map<String, Account> byName;
  private final String unknownUserHash;

  private Accounts(Map<String, Account> byName, int cost) {
    this.byName = Map.copyOf(byName);
    this.unknownUserHash = PasswordHashing.unknownUserHash(cost);
  }

  record UsersFile(List<UserEntry> users) {}

  record UserEntry(String username, String displayName, String role, String instansiCode, String opdCode,
      String passwordHash) {}

  public static Accounts load(Path file) {
    UsersFile parsed;
    try {
      parsed = new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(file.toFile(), UsersFile.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read users file " + file + ": " + e.getMessage(), e);
    }
    if (parsed == null || parsed.users() == null || parsed.users().isEmpty()) {
      throw new IllegalArgumentException("Users file " + file + " lists no users");
    }
    return of(parsed.users().stream().map(u -> account(file, u)).toList());
  }

  public static Accounts of(List<Account> accounts) {
    Map<String, Account> byName = new LinkedHashMap<>();
    Integer cost = null;
    Account first = null;
    for (Account account : accounts) {
      if (byName.put(key(account.username()), account) != null) {
        throw new IllegalArgumentException("User '" + account.username() + "' is listed twice");
      }
      int own = PasswordHashing.cost(account.passwordHash()).orElseThrow(() -> new IllegalArgumentException(
          "User '" + account.username() + "': password_hash is not a BCrypt hash"));
      if (cost == null) {
        cost = own;
        first = account;
      } else if (own != cost) {
        throw new IllegalArgumentException("User '" + account.username() + "' has a password hash of cost " + own
            + " but '" + first.username() + "' of cost " + cost + "; every user needs the same cost (the time a "
            + "wrong password takes would tell them apart): hash them again with hash-password --cost " + cost);
      }
    }
    if (cost == null) {
      throw new IllegalArgumentException("No users");
    }
    return new Accounts(byName, cost);
  }

  /** What an unknown name's password is checked against: never matches, takes as long as a real check. */
  String unknownUserHash() {
    return unknownUserHash;
  }

  /** Usernames are matched without regard to case: "Bappeda" and "bappeda" are one user. */
  public Optional<Account> find(String username) {
    return username == null ? Optional.empty() : Optional.ofNullable(byName.get(key(username)));
  }

  public int size() {
    return byName.size();
  }

  private static Account account(Path file, UserEntry u) {
    String where = "Users file " + file + ", user '" + u.username() + "': ";
    if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
      throw new IllegalArgumentException(where + "username must be 1-64 letters, digits or . _ @ -");
    }
    Role role = Role.fromConfigName(u.role()).orElseThrow(() ->
        new IllegalArgumentException(where + "role must be 'analyst' or 'opd', was '" + u.role() + "'"));
    int cost = PasswordHashing.cost(u.passwordHash()).orElseThrow(() -> new IllegalArgumentException(where
        + "password_hash is not a BCrypt hash; make one with: java -jar spbe-dashboard.jar hash-password"));
    if (cost < PasswordHashing.MINIMUM_COST) {
      throw new IllegalArgumentException(where + "password_hash has cost " + cost + "; at least "
          + PasswordHashing.MINIMUM_COST + " is required");
    }
    if (role == Role.ANALYST && (u.instansiCode() != null || u.opdCode() != null)) {
      throw new IllegalArgumentException(where + "an analyst sees every OPD; remove instansi_code and opd_code");
    }
    try {
      return new Account(u.username(), u.displayName() == null ? u.username() : u.displayName(), role,
          u.instansiCode(), u.opdCode(), u.passwordHash());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
