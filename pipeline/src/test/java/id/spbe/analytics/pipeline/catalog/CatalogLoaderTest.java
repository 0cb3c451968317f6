package id.spbe.analytics.pipeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  private final FrameworkCatalog catalog = CatalogLoader.load(SharedSpark.referenceDir());

  @Test
  void shipsTheThreeFrameworksWithTheirIndicatorCounts() {
    assertThat(catalog.frameworks()).containsOnlyKeys("PERMEN_5_2018", "PERMEN_59_2020", "PEMDI_2026");
    assertThat(catalog.byId("PERMEN_59_2020").orElseThrow().indicators()).hasSize(47);
    assertThat(catalog.byId("PERMEN_5_2018").orElseThrow().indicators()).hasSize(35);
    assertThat(catalog.byId("PEMDI_2026").orElseThrow().status()).isEqualTo("provisional");
  }

  @Test
  void spbeIndicatorWeightsSumToOneHundredAndMatchTheDomainWeights() {
    Framework f = catalog.byId("PERMEN_59_2020").orElseThrow();
    assertThat(sum(f)).isEqualByComparingTo("100.00");
    // Layanan SPBE: 10 x 2.75 + 6 x 3.00 = 45.5
    BigDecimal layanan = f.indicators().values().stream()
        .filter(i -> i.aspectCode().equals("A7") || i.aspectCode().equals("A8"))
        .map(Indicator::weightPct).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(layanan).isEqualByComparingTo("45.5");
    assertThat(sum(catalog.byId("PERMEN_5_2018").orElseThrow()).subtract(new BigDecimal("100")).abs())
        .isLessThan(new BigDecimal("0.01"));
  }

  @Test
  void picksTheFrameworkByEvaluationYear() {
    assertThat(catalog.forYear(2018).orElseThrow().id()).isEqualTo("PERMEN_5_2018");
    assertThat(catalog.forYear(2019).orElseThrow().id()).isEqualTo("PERMEN_5_2018");
    assertThat(catalog.forYear(2020).orElseThrow().id()).isEqualTo("PERMEN_59_2020");
    assertThat(catalog.forYear(2025).orElseThrow().id()).isEqualTo("PERMEN_59_2020");
    assertThat(catalog.forYear(2026).orElseThrow().id()).isEqualTo("PEMDI_2026");
    assertThat(catalog.forYear(2031).orElseThrow().id()).isEqualTo("PEMDI_2026");
    assertThat(catalog.forYear(2017)).isEmpty();
  }

  @Test
  void levelNamesDependOnTheIndicatorsFamily() {
    Framework f = catalog.byId("PERMEN_59_2020").orElseThrow();
    assertThat(f.levelByName("proses", "terdefinisi")).contains(3);
    assertThat(f.levelByName("fungsi_teknis", "Transaksi")).contains(3);
    assertThat(f.levelByName("proses", "Transaksi")).isEmpty();
    assertThat(catalog.byId("PERMEN_5_2018").orElseThrow().levelMin()).isZero();
  }

  @Test
  void provisionalPemdiWeightsThatDoNotAddUpAreWarnedAboutNotFatal() {
    assertThat(catalog.warnings()).anySatisfy(w -> assertThat(w).startsWith("PEMDI_2026 aspect A3"));
  }

  @Test
  void aBrokenWeightNamesTheFileLineAndColumn(@TempDir Path dir) throws IOException {
    copy(SharedSpark.referenceDir(), dir);
    Path indicators = dir.resolve("permen_59_2020/indicators.csv");
    Files.writeString(indicators, Files.readString(indicators).replaceFirst("1\\.30", "1.3O"));
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("indicators.csv line 2, column weight_pct: expected a decimal number, found '1.3O'");
  }

  @Test
  void aVerifiedFrameworkWhoseAspectWeightDisagreesIsRefused(@TempDir Path dir) throws IOException {
    copy(SharedSpark.referenceDir(), dir);
    Path aspects = dir.resolve("permen_59_2020/aspects.csv");
    Files.writeString(aspects, Files.readString(aspects).replace("A7,D4,Layanan Administrasi Pemerintahan Berbasis Elektronik,27.5",
        "A7,D4,Layanan Administrasi Pemerintahan Berbasis Elektronik,26.5"));
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("aspect A7: indicator weights sum to 27.5 but aspects.csv gives 26.5");
  }

  private static BigDecimal sum(Framework f) {
    return f.indicators().values().stream().map(Indicator::weightPct).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
