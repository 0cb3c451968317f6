package id.spbe.analytics.pipeline.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The least-effort set of level raises that closes an index gap, exactly: a multiple-choice knapsack where each
 * indicator offers "raise k levels" (k = 0 .. up to the top level) at the summed effort and gain of its k steps,
 * because levels are raised one step at a time and later steps may cost more; the first step of a decimal value
 * gains less (a Pemdi 1,26 raised to 2,00 gains 0,74 of a level). Solved by dynamic programming over integer
 * units (index points in millionths, effort in hundredths, both divided by their common divisor), along
 * whichever dimension is smaller: the gain still needed, or the total effort on offer. Both give the optimum;
 * {@code PlanOptimizerTest} checks them against exhaustive search.
 */
public final class PlanOptimizer {
  /** Above this many DP states per indicator the problem is refused rather than run out of memory. */
  static final long MAX_STATES = 4_000_000L;
  private static final long INF = Long.MAX_VALUE / 4;

  private PlanOptimizer() {}

  /** One indicator's raises: the gain (index points x 1e6) and the effort (x 100) of each step, lowest first. */
  public record Choice(long[] stepGains, long[] stepEfforts) {
    public Choice {
      if (stepGains.length != stepEfforts.length) {
        throw new IllegalArgumentException(stepGains.length + " step gains for " + stepEfforts.length + " efforts");
      }
    }

    /** Whole levels: every step gains the same. */
    public static Choice uniform(long gainPerLevel, long[] stepEfforts) {
      long[] gains = new long[stepEfforts.length];
      Arrays.fill(gains, gainPerLevel);
      return new Choice(gains, stepEfforts);
    }

    public int maxSteps() {
      return stepEfforts.length;
    }

    long prefixGain(int k) {
      long sum = 0;
      for (int i = 0; i < k; i++) {
        sum += stepGains[i];
      }
      return sum;
    }

    long prefixEffort(int k) {
      long sum = 0;
      for (int i = 0; i < k; i++) {
        sum += stepEfforts[i];
      }
      return sum;
    }
  }

  /** Levels to raise per indicator (same order as the input), total effort and gain; reached says if it closes the gap. */
  public record Plan(int[] levels, long effort, long gain, boolean reached) {}

  public static Plan optimize(List<Choice> choices, long gainNeeded) {
    return optimize(choices, gainNeeded, Dimension.SMALLER);
  }

  /** Which dynamic programme to run; tests force each one to check both against exhaustive search. */
  enum Dimension { SMALLER, GAIN, EFFORT }

  static Plan optimize(List<Choice> choices, long gainNeeded, Dimension dimension) {
    int n = choices.size();
    if (gainNeeded <= 0) {
      return new Plan(new int[n], 0, 0, true);
    }
    long gainAvailable = 0;
    for (Choice c : choices) {
      gainAvailable += c.prefixGain(c.maxSteps());
    }
    if (gainAvailable < gainNeeded) {
      return everything(choices, false);
    }
    long gainUnit = gcd(choices.stream().flatMapToLong(c -> Arrays.stream(c.stepGains())).toArray());
    long effortUnit = gcd(choices.stream().flatMapToLong(c -> Arrays.stream(c.stepEfforts())).toArray());
    long gainStates = ceilDiv(gainNeeded, gainUnit);
    long effortStates = choices.stream().mapToLong(c -> c.prefixEffort(c.maxSteps())).sum() / effortUnit;
    if (Math.min(gainStates, effortStates) > MAX_STATES) {
      throw new IllegalArgumentException("Action plan too large to solve exactly: " + gainStates + " gain states, "
          + effortStates + " effort states");
    }
    boolean overGain = dimension == Dimension.GAIN || dimension == Dimension.SMALLER && gainStates <= effortStates;
    return overGain
        ? overGain(choices, (int) gainStates, gainUnit, effortUnit)
        : overEffort(choices, (int) effortStates, gainNeeded, effortUnit);
  }

  /** cost[g] = least effort reaching gain g (capped at the need); the answer is cost[need]. */
  private static Plan overGain(List<Choice> choices, int need, long gainUnit, long effortUnit) {
    int n = choices.size();
    long[] cost = new long[need + 1];
    Arrays.fill(cost, INF);
    cost[0] = 0;
    byte[][] taken = new byte[n][need + 1];
    int[][] from = new int[n][need + 1];
    for (int i = 0; i < n; i++) {
      Choice c = choices.get(i);
      long[] next = new long[need + 1];
      Arrays.fill(next, INF);
      for (int g = 0; g <= need; g++) {
        if (cost[g] == INF) {
          continue;
        }
        for (int k = 0; k <= c.maxSteps(); k++) {
          int reached = (int) Math.min(need, (long) g + c.prefixGain(k) / gainUnit);
          long effort = cost[g] + c.prefixEffort(k) / effortUnit;
          if (effort < next[reached]) {
            next[reached] = effort;
            taken[i][reached] = (byte) k;
            from[i][reached] = g;
          }
        }
      }
      cost = next;
    }
    int[] levels = new int[n];
    for (int i = n - 1, g = need; i >= 0; i--) {
      levels[i] = taken[i][g];
      g = from[i][g];
    }
    return plan(choices, levels);
  }

  /** gain[b] = most gain for exactly effort b; the answer is the least b whose gain meets the need. */
  private static Plan overEffort(List<Choice> choices, int budget, long gainNeeded, long effortUnit) {
    int n = choices.size();
    long[] gain = new long[budget + 1];
    Arrays.fill(gain, -1);
    gain[0] = 0;
    byte[][] taken = new byte[n][budget + 1];
    int[][] from = new int[n][budget + 1];
    for (int i = 0; i < n; i++) {
      Choice c = choices.get(i);
      long[] next = new long[budget + 1];
      Arrays.fill(next, -1);
      for (int b = 0; b <= budget; b++) {
        if (gain[b] < 0) {
          continue;
        }
        for (int k = 0; k <= c.maxSteps(); k++) {
          long spent = b + c.prefixEffort(k) / effortUnit;
          long got = gain[b] + c.prefixGain(k);
          if (spent <= budget && got > next[(int) spent]) {
            next[(int) spent] = got;
            taken[i][(int) spent] = (byte) k;
            from[i][(int) spent] = b;
          }
        }
      }
      gain = next;
    }
    int best = 0;
    while (gain[best] < gainNeeded) {
      best++;
    }
    int[] levels = new int[n];
    for (int i = n - 1, b = best; i >= 0; i--) {
      levels[i] = taken[i][b];
      b = from[i][b];
    }
    return plan(choices, levels);
  }

  private static Plan everything(List<Choice> choices, boolean reached) {
    int[] levels = choices.stream().mapToInt(Choice::maxSteps).toArray();
    Plan all = plan(choices, levels);
    return new Plan(levels, all.effort(), all.gain(), reached);
  }

  private static Plan plan(List<Choice> choices, int[] levels) {
    long effort = 0;
    long gain = 0;
    for (int i = 0; i < levels.length; i++) {
      effort += choices.get(i).prefixEffort(levels[i]);
      gain += choices.get(i).prefixGain(levels[i]);
    }
    return new Plan(levels, effort, gain, true);
  }

  private static long gcd(long[] values) {
    long g = 0;
    for (long v : values) {
      g = gcd(g, v);
    }
    return Math.max(g, 1);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? Math.abs(a) : gcd(b, a % b);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
