package id.spbe.analytics.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

  @Test
  void textThatASpreadsheetWouldRunGetsAnApostrophe() {
    assertThat(FormulaGuard.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(FormulaGuard.neutralise("+62 812")).isEqualTo("'+62 812");
    assertThat(FormulaGuard.neutralise("-Peta")).isEqualTo("'-Peta");
    assertThat(FormulaGuard.neutralise("@cmd")).isEqualTo("'@cmd");
    assertThat(FormulaGuard.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(FormulaGuard.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(FormulaGuard.neutralise("Perbup 1=2")).isEqualTo("Perbup 1=2");
    assertThat(FormulaGuard.neutralise("")).isEmpty();
    assertThat(FormulaGuard.neutralise(null)).isNull();
  }
}
