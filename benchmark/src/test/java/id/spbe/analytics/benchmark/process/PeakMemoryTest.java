package id.spbe.analytics.benchmark.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Memory is sampled from a process that may exit at any moment: sampling it then is no error. */
class PeakMemoryTest {

  @Test
  void aLiveProcessHasAPeakAndAnExitedOneHasNone() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "5").start();
    try {
      assertThat(PeakMemory.highWaterKib(sleeper.pid()).orElse(0)).isPositive();
    } finally {
      sleeper.destroyForcibly().waitFor();
    }
    assertThat(PeakMemory.highWaterKib(sleeper.pid())).isEmpty();
  }

  @Test
  void samplingAcrossManyExitsNeverFails() throws Exception {
    for (int i = 0; i < 200; i++) {
      Process shortLived = new ProcessBuilder("true").start();
      OptionalLong last = OptionalLong.empty();
      while (!shortLived.waitFor(0, TimeUnit.MILLISECONDS)) {
        last = PeakMemory.highWaterKib(shortLived.pid());
      }
      assertThat(last.orElse(0)).isNotNegative();
    }
  }
}
