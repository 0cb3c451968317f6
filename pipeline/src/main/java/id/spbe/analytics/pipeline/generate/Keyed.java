package id.spbe.analytics.pipeline.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random numbers keyed by the seed and what they are for (an instansi, a year, an indicator), so every value
 * depends only on its own key: the same seed writes the same files, and an instansi keeps its results whether
 * ten or ten thousand others are generated beside it.
 */
public final class Keyed {
  private Keyed() {}

  public static SplittableRandom random(long seed, Object... key) {
    return new SplittableRandom(hash(seed, key));
  }

  /** A uniform value in [0, 1) for one key. */
  public static double uniform(long seed, Object... key) {
    return random(seed, key).nextDouble();
  }

  /** A normally distributed value with mean 0 and the given spread, for one key. */
  public static double normal(long seed, double spread, Object... key) {
    SplittableRandom random = random(seed, key);
    // Box-Muller: stable across JVMs, unlike java.util.Random#nextGaussian's shared state
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** FNV-1a over the key's text, finished with SplitMix64's mixer: a stable 64-bit hash on every JVM. */
  static long hash(long seed, Object... key) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (Object part : key) {
      for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
      h = (h ^ 0x1f) * 0x100000001b3L; // separator: ("ab","c") differs from ("a","bc")
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
