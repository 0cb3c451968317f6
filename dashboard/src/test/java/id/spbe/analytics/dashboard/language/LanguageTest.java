package id.spbe.analytics.dashboard.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void indonesianIsRecognisedUnderBothOfJavasCodes() {
    assertThat(Language.fromTag("id")).contains(Language.ID);
    assertThat(Language.fromTag("in")).contains(Language.ID);
    assertThat(Language.fromTag("id-ID")).contains(Language.ID);
    assertThat(Language.fromTag("in_ID")).contains(Language.ID);
    // new Locale("in") reports "in" or "id" depending on the JDK and java.locale.useOldISOCodes
    assertThat(Language.of(new Locale("in"))).contains(Language.ID);
    assertThat(Language.of(new Locale("id", "ID"))).contains(Language.ID);
    assertThat(Language.of(Language.ID.locale())).contains(Language.ID);
    assertThat(Language.fromTag("en-GB")).contains(Language.EN);
    assertThat(Language.fromTag("fr")).isEmpty();
    assertThat(Language.fromTag("")).isEmpty();
  }

  @Test
  void numbersFollowTheLanguage() {
    assertThat(Language.ID.number(new BigDecimal("2.76"), 2)).isEqualTo("2,76");
    assertThat(Language.EN.number(new BigDecimal("2.76"), 2)).isEqualTo("2.76");
    assertThat(Language.ID.number(new BigDecimal("3.355"), 2)).as("half up, as published").isEqualTo("3,36");
    assertThat(Language.ID.number(new BigDecimal("-0.010"), 2)).isEqualTo("-0,01");
    assertThat(Language.EN.number(new BigDecimal("1234.5"), 1)).as("no grouping").isEqualTo("1234.5");
    assertThat(Language.ID.number(null, 2)).isEmpty();
    assertThat(Language.ID.decimalSeparator()).isEqualTo(',');
    assertThat(Language.EN.decimalSeparator()).isEqualTo('.');
    // a locale built from the legacy code formats the same way
    assertThat(String.format(new Locale("in", "ID"), "%.2f", 2.76)).isEqualTo("2,76");
  }

  @Test
  void officialTermsStayUntranslatedInEnglish() {
    Messages en = Messages.of(Language.EN);
    assertThat(en.text("series.selfAssessment")).isEqualTo("Self-assessment");
    assertThat(en.text("filter.opd")).isEqualTo("OPD pengampu");
    assertThat(en.text("col.predikat")).isEqualTo("Predikat");
    assertThat(Messages.of(Language.ID).text("report.page", java.util.Map.of("page", "3"))).isEqualTo("Halaman 3");
  }
}
