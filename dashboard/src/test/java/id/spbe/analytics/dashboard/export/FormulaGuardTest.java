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

  @Test
  void leadingWhitespaceBeforeAFormulaSignDoesNotHideIt() {
    for (String risky : new String[] {" =1+2", "  +1", "\t=1+2", "\r=1+2", "\n=1+2", "\r\n@SUM(A1)", " \t -2+3",
        "\u00A0=1+2", "\u3000=1+2", "\uFEFF=1+2"}) {
      assertThat(FormulaGuard.neutralise(risky)).as("%s", risky.codePoints().boxed().toList()).isEqualTo("'" + risky);
    }
    for (String plain : new String[] {" Perbup", "\n", "   ", "a =1", "1-2", " 3,5"}) {
      assertThat(FormulaGuard.isRisky(plain)).as("%s", plain.codePoints().boxed().toList())
          .isFalse();
    }
  }
}
