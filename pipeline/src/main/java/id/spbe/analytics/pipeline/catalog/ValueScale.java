package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an indicator value is under a framework, as its catalog row declares it: whole maturity levels (Indeks
 * SPBE: 0-5 under 5/2018, 1-5 under 59/2020) or a decimal value with up to {@code decimals} places (Indeks Pemdi
 * 2026: 1.00-5.00, two places), and how published aspect and index values are rounded to two places.
 *
 * @param indexRounding HALF_UP for Indeks SPBE; HALF_EVEN for Indeks Pemdi, whose published aspect 1.085 reads 1.08
 */
public record ValueScale(int min, int max, int decimals, RoundingMode indexRounding) {

  public boolean wholeLevels() {
    return decimals == 0;
  }

  /** A value rounded to the two places the framework publishes. */
  public BigDecimal published(BigDecimal value) {
    return value.setScale(2, indexRounding);
  }

  public boolean contains(BigDecimal value) {
    return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  /** Whether the value is written with no more places than the framework allows (trailing zeros do not count). */
  public boolean precise(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= decimals;
  }

  /** "(1-5)" for whole levels, "(1,00-5,00)" / "(1.00-5.00)" for decimals, as messages show the range. */
  public String range(char decimalMark) {
    return "(" + format(min, decimalMark) + "-" + format(max, decimalMark) + ")";
  }

  private String format(int bound, char decimalMark) {
    return wholeLevels() ? String.valueOf(bound)
        : BigDecimal.valueOf(bound).setScale(decimals, RoundingMode.UNNECESSARY).toPlainString().replace('.', decimalMark);
  }
}
