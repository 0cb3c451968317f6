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
    assertThat(catalog.byId("PEMDI_2026").orElseThrow().status()).isEqualTo("verified");
    assertThat(catalog.warnings()).noneMatch(w -> w.startsWith("PEMDI_2026"));
  }

  @Test
  void pemdiHasSevenAspectsTwentyIndicatorsAndNoDomainsAsPermenpanrb8Of2026() {
    Framework f = catalog.byId("PEMDI_2026").orElseThrow();
    assertThat(f.regulation()).isEqualTo("PermenPANRB No. 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital");
    assertThat(f.regulationDates().enactedOn()).isEqualTo(java.time.LocalDate.of(2026, 6, 1));
    assertThat(f.regulationDates().promulgatedOn()).isEqualTo(java.time.LocalDate.of(2026, 6, 5));
    assertThat(f.hasDomains()).isFalse();
    assertThat(f.indicators()).hasSize(20);
    assertThat(f.aspects()).extracting(a -> a.code() + "=" + a.weightPct().stripTrailingZeros().toPlainString())
        .containsExactly("A1=10", "A2=10", "A3=15", "A4=15", "A5=10", "A6=15", "A7=25");
    for (Aspect a : f.aspects()) {
      BigDecimal ofIndicators = f.indicators().values().stream().filter(i -> i.aspectCode().equals(a.code()))
          .map(Indicator::weightPct).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(ofIndicators).as(a.code()).isEqualByComparingTo(a.weightPct());
    }
    assertThat(sum(f)).isEqualByComparingTo("100");
    // the grouping the earlier draft got wrong: 8 under Data, 11 and 12 under Keamanan, 13 at 5 %
    assertThat(f.indicator("8").orElseThrow().aspectCode()).isEqualTo("A3");
    assertThat(f.indicator("11").orElseThrow().aspectCode()).isEqualTo("A4");
    assertThat(f.indicator("12").orElseThrow().aspectCode()).isEqualTo("A4");
    assertThat(f.indicator("13").orElseThrow().weightPct()).isEqualByComparingTo("5");
    assertThat(f.indicators().values().stream().filter(Indicator::scoredFromExternalIndex).map(Indicator::code).sorted())
        .containsExactly("18", "5", "6", "7");
    assertThat(f.indicator("5").orElseThrow().externalIndex()).contains("Satu Data Indonesia");
  }

  @Test
  void pemdiValuesAreDecimalsWithTwoPlacesAndItsIndexRoundsHalfEven() {
    ValueScale pemdi = catalog.byId("PEMDI_2026").orElseThrow().valueScale();
    assertThat(pemdi.decimals()).isEqualTo(2);
    assertThat(pemdi.range(',')).isEqualTo("(1,00-5,00)");
    assertThat(pemdi.published(new BigDecimal("1.085"))).isEqualByComparingTo("1.08");
    ValueScale spbe = catalog.byId("PERMEN_59_2020").orElseThrow().valueScale();
    assertThat(spbe.wholeLevels()).isTrue();
    assertThat(spbe.published(new BigDecimal("3.455"))).isEqualByComparingTo("3.46");
  }

  @Test
  void pemdiPredikatBandsAreTabel4WithTheirAliases() {
    Framework f = catalog.byId("PEMDI_2026").orElseThrow();
    assertThat(f.predikatBands()).extracting(b -> b.predikat() + " " + b.lowerInclusive().toPlainString() + " "
            + b.alias() + "/" + b.aliasEn())
        .containsExactlyInAnyOrder("Kurang 1.00 Merintis/Initiate", "Cukup 1.50 Membangun/Emerging",
            "Baik 2.50 Berkembang/Developing", "Sangat Baik 3.50 Melembaga/Embedded", "Memuaskan 4.00 Unggul/Leading");
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
  void aVerifiedFrameworkWhoseWeightsDoNotAddUpIsRefused(@TempDir Path dir) throws IOException {
    copy(SharedSpark.referenceDir(), dir);
    Path indicators = dir.resolve("pemdi_2026/indicators.csv");
    Files.writeString(indicators, Files.readString(indicators).replace("13,Aplikasi Pemerintah Digital,A5,5,",
        "13,Aplikasi Pemerintah Digital,A5,4,"));
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("PEMDI_2026 aspect A5: indicator weights sum to 9 but aspects.csv gives 10");
  }

  @Test
  void anUnverifiedFrameworkWhoseWeightsDoNotAddUpIsLoadedWithAWarning(@TempDir Path dir) throws IOException {
    copy(SharedSpark.referenceDir(), dir);
    Path frameworks = dir.resolve("frameworks.csv");
    Files.writeString(frameworks, Files.readString(frameworks).replace("pemdi_2026,verified,", "pemdi_2026,provisional,"));
    Path indicators = dir.resolve("pemdi_2026/indicators.csv");
    Files.writeString(indicators, Files.readString(indicators).replace("13,Aplikasi Pemerintah Digital,A5,5,",
        "13,Aplikasi Pemerintah Digital,A5,4,"));
    assertThat(CatalogLoader.load(dir).warnings())
        .contains("PEMDI_2026 aspect A5: indicator weights sum to 9 but aspects.csv gives 10 (framework status "
            + "provisional; the index uses indicator weights)")
        .anySatisfy(w -> assertThat(w).startsWith("PEMDI_2026 indicator weights sum to 99 %"));
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
