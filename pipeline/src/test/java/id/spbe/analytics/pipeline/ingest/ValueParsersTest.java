package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3|3|", "3,0|3|", "3.0|3|", "Level 3|3|", "level3|3|", "Tingkat 3|3|", "3 - Terdefinisi|3|Terdefinisi",
      "3. Terdefinisi|3|Terdefinisi", "Terdefinisi||Terdefinisi", "Terpadu dan  Terukur||Terpadu dan Terukur",
      "0|0|"})
  void readsLevelsAsPlannersWriteThem(String raw, BigDecimal number, String name) throws ParseFailure {
    ValueParsers.LevelText level = ValueParsers.level(raw);
    if (number == null) {
      assertThat(level.number()).isNull();
    } else {
      assertThat(level.number()).isEqualByComparingTo(number);
    }
    assertThat(level.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1,26|1.26|", "1.26|1.26|", "2,5 - Terkelola|2.5|Terkelola", "Level 1,17|1.17|"})
  void readsDecimalValuesAsAssessorsWriteThem(String raw, BigDecimal number, String name) throws ParseFailure {
    ValueParsers.LevelText level = ValueParsers.level(raw);
    assertThat(level.number()).isEqualByComparingTo(number);
    assertThat(level.name()).isEqualTo(name);
  }

  @Test
  void aWholeLevelWhereOnlyWholeLevelsMakeSenseRefusesAFraction() {
    assertThatThrownBy(() -> ValueParsers.wholeLevel(ValueParsers.level("3,5")))
        .isInstanceOfSatisfying(ParseFailure.class, f -> assertThat(f.reason()).isEqualTo(ReasonCode.LEVEL_NOT_INTEGER));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12|12|0", "I-12|12|0", "i.12|12|0", "Indikator 12|12|0", "indicator 7|7|0", "No. 3|3|0", "012|12|0",
      "12.0|12|0", "35-2|35|2", "35 - 3|35|3", "35(2)|35|2"})
  void readsIndicatorReferences(String raw, String number, int item) throws ParseFailure {
    assertThat(ValueParsers.indicator(raw)).isEqualTo(new ValueParsers.IndicatorRef(number, item));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2,76|2.76", "2.76|2.76", "3|3", "1.234,5|1234.5", "1,234.5|1234.5", " 3,50 |3.50"})
  void readsDecimalsInEitherLocale(String raw, String expected) throws ParseFailure {
    assertThat(ValueParsers.decimal(raw, Expectation.same("x"))).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2023-07-02", "02/07/2023", "2/7/2023", "02-07-2023", "2 Juli 2023", "2 Jul 2023",
      "2 July 2023", "2023-07-02T10:00:00"})
  void readsDatesDayFirst(String raw) throws ParseFailure {
    assertThat(ValueParsers.date(raw)).isEqualTo(LocalDate.of(2023, 7, 2));
  }

  @Test
  void refusesImpossibleDates() {
    assertThatThrownBy(() -> ValueParsers.date("31/02/2023")).isInstanceOf(ParseFailure.class);
    assertThatThrownBy(() -> ValueParsers.date("kemarin")).isInstanceOf(ParseFailure.class);
  }

  @Test
  void readsYearsFlagsCodesAndScopes() throws ParseFailure {
    assertThat(ValueParsers.year("2023")).isEqualTo(2023);
    assertThat(ValueParsers.year("2023.0")).isEqualTo(2023);
    assertThatThrownBy(() -> ValueParsers.year("23")).isInstanceOf(ParseFailure.class);
    assertThat(ValueParsers.flag("Ya")).isTrue();
    assertThat(ValueParsers.flag("")).isFalse();
    assertThat(ValueParsers.code("6521.0")).isEqualTo("6521");
    assertThat(ValueParsers.scopeCode("Domain 4", ValueParsers.Scope.DOMAIN)).isEqualTo("D4");
    assertThat(ValueParsers.scopeCode("a7", ValueParsers.Scope.ASPECT)).isEqualTo("A7");
    assertThat(ValueParsers.scope("Indeks SPBE")).isEqualTo(ValueParsers.Scope.INDEX);
    assertThat(ValueParsers.instansiKind("Kab.")).isEqualTo("kabupaten");
  }
}
