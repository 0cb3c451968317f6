package id.spbe.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.benchmark.dashboard.Selection;
import id.spbe.analytics.benchmark.report.Format;
import id.spbe.analytics.benchmark.report.Stats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void percentilesAreNearestRankSoEveryValueReportedWasMeasured() {
    double[] latencies = {5, 1, 4, 2, 3, 100, 6, 7, 8, 9};
    assertThat(Stats.percentile(latencies, 50)).isEqualTo(5);
    assertThat(Stats.percentile(latencies, 95)).isEqualTo(100);
    assertThat(Stats.percentile(latencies, 90)).isEqualTo(9);
    assertThat(Stats.median(List.of(40.0, 38.0, 45.0))).isEqualTo(40.0);
    assertThatThrownBy(() -> Stats.percentile(new double[0], 50)).hasMessageContaining("no values");
  }

  @Test
  void numbersPrintWithThreeSignificantFigures() {
    assertThat(Format.number(41.234)).isEqualTo("41.2");
    assertThat(Format.number(1234.5)).isEqualTo("1235");
    assertThat(Format.number(0.01234)).isEqualTo("0.012");
    assertThat(Format.number(3)).isEqualTo("3");
  }

  @Test
  void placeholdersAreFilledAndAnUnknownOneIsNamed() {
    Selection selection = new Selection(Map.of("instansi", "6521", "year", "2025"));
    assertThat(selection.fill("/api/x?instansi={instansi}&year={year}")).isEqualTo("/api/x?instansi=6521&year=2025");
    assertThatThrownBy(() -> selection.fill("/api/x?opd={opd}"))
        .hasMessageContaining("/api/x?opd={opd}");
  }
}
