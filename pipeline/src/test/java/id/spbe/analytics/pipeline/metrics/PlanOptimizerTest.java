package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimiser against exhaustive search, and on cases small enough to check by hand. */
class PlanOptimizerTest {

  @Test
  void picksTheCheapestRaisesByHand() {
    // need 0.10 index points; Layanan Publik raises (0.03) cost 3 each, Layanan Administrasi (0.0275) cost 1:
    // four administrasi raises (0.11, effort 4) beat any plan using the dearer 0.03 raises
    List<PlanOptimizer.Choice> choices = List.of(
        choice(30_000, 300, 300), choice(30_000, 300, 300),
        choice(27_500, 100), choice(27_500, 100), choice(27_500, 100), choice(27_500, 100), choice(27_500, 100));
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(choices, 100_000);
    assertThat(plan.effort()).isEqualTo(400);
    assertThat(plan.gain()).isEqualTo(110_000);
    assertThat(plan.levels()[0] + plan.levels()[1]).as("no dear Layanan Publik raise").isZero();
    assertThat(plan.levels()[2] + plan.levels()[3] + plan.levels()[4] + plan.levels()[5] + plan.levels()[6]).isEqualTo(4);
  }

  @Test
  void aCheapLaterStepIsOnlyReachableThroughTheStepBelowIt() {
    // indicator A: step 1 costs 5, step 2 costs 1 (gain 10 each); indicator B: one step, cost 4, gain 10.
    // need 20: A+A costs 6, A+B costs 9: the plan takes both steps of A
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(List.of(choice(10, 500, 100), choice(10, 400)), 20);
    assertThat(plan.levels()).containsExactly(2, 0);
    assertThat(plan.effort()).isEqualTo(600);
  }

  @Test
  void aGapLargerThanEverythingOnOfferTakesEverythingAndSaysSo() {
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(List.of(choice(10, 100, 100), choice(5, 100)), 100);
    assertThat(plan.reached()).isFalse();
    assertThat(plan.levels()).containsExactly(2, 1);
  }

  @Test
  void aDecimalStartGainsOnlyWhatIsLeftOfItsLevel() {
    // indicator A at 1,26 with weight 5: its first raise (to 2,00) gains 0,037, the next 0,05 each; indicator B at
    // 1,00 with weight 4 gains 0,04 per raise. Needing 0,07: A's first two raises (0,087) cost 2, B twice (0,08)
    // costs 2 too, A's first and B's first (0,077) cost 2 as well; nothing cheaper than 2 raises closes it
    PlanOptimizer.Choice a = new PlanOptimizer.Choice(new long[] {37_000, 50_000, 50_000}, new long[] {100, 100, 100});
    PlanOptimizer.Choice b = PlanOptimizer.Choice.uniform(40_000, new long[] {100, 100, 100, 100});
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(List.of(a, b), 70_000);
    assertThat(plan.effort()).isEqualTo(200);
    assertThat(plan.gain()).isGreaterThanOrEqualTo(70_000);
    // needing 0,036 one raise of A (0,037) or of B (0,04) is enough
    assertThat(PlanOptimizer.optimize(List.of(a, b), 36_000).effort()).isEqualTo(100);
    // needing 0,038: A's first raise (0,037) no longer is; B's (0,04) is
    PlanOptimizer.Plan one = PlanOptimizer.optimize(List.of(a, b), 38_000);
    assertThat(one.levels()).containsExactly(0, 1);
  }

  @Test
  void noGapNoRaises() {
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(List.of(choice(10, 100)), 0);
    assertThat(plan.levels()).containsExactly(0);
    assertThat(plan.reached()).isTrue();
  }

  @Test
  void bothProgrammesMatchExhaustiveSearchOnRandomSmallInstances() {
    long seed = 20261128L;
    Random random = new Random(seed);
    for (int round = 0; round < 400; round++) {
      List<PlanOptimizer.Choice> choices = new ArrayList<>();
      int indicators = 1 + random.nextInt(5);
      long available = 0;
      for (int i = 0; i < indicators; i++) {
        long gain = new long[] {13_000, 15_000, 25_000, 27_500, 30_000, 33_333, 100_000}[random.nextInt(7)];
        long[] efforts = new long[random.nextInt(5)];
        for (int s = 0; s < efforts.length; s++) {
          efforts[s] = 25L * (1 + random.nextInt(12));
        }
        // every other round a Pemdi-like decimal start: the first raise gains only part of a level (1,26 -> 2,00)
        long[] gains = new long[efforts.length];
        java.util.Arrays.fill(gains, gain);
        if (round % 2 == 1 && gains.length > 0) {
          gains[0] = gain * (1 + random.nextInt(99)) / 100;
        }
        choices.add(new PlanOptimizer.Choice(gains, efforts));
        available += java.util.Arrays.stream(gains).sum();
      }
      long need = available == 0 ? 1 : 1 + (long) (random.nextDouble() * available);
      long best = bruteForce(choices, need);
      for (PlanOptimizer.Dimension d : PlanOptimizer.Dimension.values()) {
        PlanOptimizer.Plan plan = PlanOptimizer.optimize(choices, need, d);
        String context = "seed " + seed + " round " + round + " " + d;
        if (best == Long.MAX_VALUE) {
          assertThat(plan.reached()).as(context).isFalse();
          continue;
        }
        assertThat(plan.reached()).as(context).isTrue();
        assertThat(plan.gain()).as(context).isGreaterThanOrEqualTo(need);
        assertThat(plan.effort()).as(context).isEqualTo(best);
        assertThat(effortOf(choices, plan.levels())).as(context).isEqualTo(plan.effort());
      }
    }
  }

  /** Every combination of levels: the least effort whose gain meets the need. */
  private static long bruteForce(List<PlanOptimizer.Choice> choices, long need) {
    int[] levels = new int[choices.size()];
    long best = Long.MAX_VALUE;
    while (true) {
      long gain = 0;
      for (int i = 0; i < levels.length; i++) {
        gain += choices.get(i).prefixGain(levels[i]);
      }
      if (gain >= need) {
        best = Math.min(best, effortOf(choices, levels));
      }
      int i = 0;
      while (i < levels.length && levels[i] == choices.get(i).maxSteps()) {
        levels[i++] = 0;
      }
      if (i == levels.length) {
        return best;
      }
      levels[i]++;
    }
  }

  private static long effortOf(List<PlanOptimizer.Choice> choices, int[] levels) {
    long effort = 0;
    for (int i = 0; i < levels.length; i++) {
      effort += choices.get(i).prefixEffort(levels[i]);
    }
    return effort;
  }

  private static PlanOptimizer.Choice choice(long gain, long... efforts) {
    return PlanOptimizer.Choice.uniform(gain, efforts);
  }
}
