package id.spbe.analytics.dashboard.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * BCrypt password hashes (spring-security-crypto). BCrypt needs no extra provider, its hash carries its own salt and
 * cost, and its 72-byte input limit is enforced when a hash is made.
 */
public final class PasswordHashing {
  /** 2^12 rounds: about a quarter second per check here, slow enough to make guessing offline expensive. */
  public static final int DEFAULT_COST = 12;
  /** Hashes below this cost are refused in the users file. */
  public static final int MINIMUM_COST = 10;
  private static final Pattern HASH = Pattern.compile("\\$2[aby]\\$(\\d{2})\\$[./A-Za-z0-9]{53}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashing() {}

  public static String hash(char[] password, int cost) {
    byte[] bytes = utf8(password);
    try {
      if (bytes.length > 72) {
        throw new IllegalArgumentException("A password may be at most 72 bytes (BCrypt's limit)");
      }
      return BCrypt.hashpw(bytes, BCrypt.gensalt(cost, RANDOM));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  public static boolean matches(char[] password, String hash) {
    byte[] bytes = utf8(password);
    try {
      return BCrypt.checkpw(bytes, hash);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * A hash of a random password at {@code cost}: checked against when a name is unknown, so that it takes as long
   * as a wrong password for a known one. Nobody knows the password, so it never matches.
   */
  static String unknownUserHash(int cost) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return BCrypt.hashpw(random, BCrypt.gensalt(cost, RANDOM));
  }

  /** The cost of a well-formed BCrypt hash; empty when {@code hash} is not one. */
  public static OptionalInt cost(String hash) {
    Matcher m = HASH.matcher(hash == null ? "" : hash);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  private static byte[] utf8(char[] password) {
    ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
    Arrays.fill(buffer.array(), (byte) 0);
    return bytes;
  }
}
