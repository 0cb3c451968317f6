package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.staging.RowOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.generate.GeneratorConfig.InstansiCounts;
import id.spbe.analytics.pipeline.ingest.Ingestor;
import id.spbe.analytics.pipeline.ingest.InputDiscovery;
import id.spbe.analytics.pipeline.run.Progress;
import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.ingest.SourceOpener;
import id.spbe.analytics.pipeline.staging.StagingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator without Spark: same seed same bytes, and the pipeline's ingest reads exactly what was planted. */
class GeneratorTest {
  private static final FrameworkCatalog CATALOG = CatalogLoader.load(SharedSpark.referenceDir());
  private static final InstansiCounts SMALL = new InstansiCounts(2, 6, 2, 2);
  private static Path first;
  private static GenerationSummary summary;

  @BeforeAll
  static void generateOnce(@TempDir Path dir) {
    first = dir.resolve("first");
    // a high bad-row rate and even shares so a small set still holds every reason and every dialect
    summary = Generator.generate(config(first, 7, 0.02), CATALOG, message -> { });
  }

  private static GeneratorConfig config(Path out, long seed, double badRows) {
    return new GeneratorConfig(out, seed, 1, SMALL, 2018, 2026, badRows, 0.3, 0.3);
  }

  @Test
  void theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    Generator.generate(config(dir.resolve("again"), 7, 0.02), CATALOG, message -> { });
    Generator.generate(config(dir.resolve("other"), 8, 0.02), CATALOG, message -> { });

    Map<String, byte[]> original = contents(first);
    Map<String, byte[]> again = contents(dir.resolve("again"));
    assertThat(again.keySet()).isEqualTo(original.keySet());
    original.forEach((file, bytes) -> assertThat(again.get(file)).as(file).isEqualTo(bytes));
    Map<String, byte[]> other = contents(dir.resolve("other"));
    assertThat(original.entrySet().stream().filter(e -> other.containsKey(e.getKey())
        && !java.util.Arrays.equals(e.getValue(), other.get(e.getKey())))).as("another seed, other levels").isNotEmpty();
  }

  @Test
  void theIngestRefusesExactlyThePlantedRowsItCanSeeAndTakesEveryOtherRow() throws IOException {
    Configuration conf = new Configuration();
    var files = new InputDiscovery(conf).discover(List.of(first.toString()), Optional.empty(), null);
    Ingestor ingestor = new Ingestor(CATALOG, new SourceOpener(conf), Progress.SILENT);
    CountingSink sink = new CountingSink();
    ingestor.ingest(files, sink);

    Map<ReasonCode, Long> seenByIngest = new EnumMap<>(summary.badRows().byReason());
    // these three need other rows (the OPD and instansi lists, the duplicate) and are found later, by Spark
    seenByIngest.keySet().removeAll(Set.of(ReasonCode.DUPLICATE_CONFLICT, ReasonCode.UNKNOWN_OPD, ReasonCode.UNKNOWN_INSTANSI));
    assertThat(seenByIngest).hasSize(6);
    assertThat(sink.refusedRowsByReason()).isEqualTo(new TreeMap<>(seenByIngest));
    long planted = summary.badRows().byReason().values().stream().mapToLong(Long::longValue).sum();
    long conflictCopies = summary.badRows().byReason().get(ReasonCode.DUPLICATE_CONFLICT);
    assertThat(sink.accepted + sink.refusedRows.size()).isEqualTo(summary.rows());
    assertThat(summary.badRows().rejectedRows()).isEqualTo(planted + conflictCopies);
  }

  @Test
  void everyDialectAndEveryInputKindIsWrittenAndTheManifestListsEachFile() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(first.resolve("_manifest.json").toFile());
    Set<String> dialects = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    manifest.path("files").forEach(f -> {
      dialects.add(f.path("dialect").asText());
      kinds.add(f.path("kind").asText());
      assertThat(first.resolve(f.path("path").asText())).exists();
    });
    assertThat(dialects).containsExactlyInAnyOrder("ID_CSV", "EN_CSV", "XLSX");
    assertThat(kinds).hasSize(9);
    assertThat(manifest.path("files")).hasSize(summary.files().size());
    assertThat(manifest.path("expected_rejected_rows").asLong()).isEqualTo(summary.badRows().rejectedRows());
    assertThat(Files.readString(first.resolve("README.md"))).contains("ILUSTRATIF");
  }

  @Test
  void eachYearUsesItsFrameworkWithTheItemsOfIndicator35Under2018() throws IOException {
    String year2019 = Files.readString(anyCsv(first.resolve("2019"), "penilaian-mandiri-2019"), java.nio.charset.Charset.forName("windows-1252"));
    assertThat(year2019).containsPattern("[;,]35-1[;,]");
    List<String> rows2026 = Files.readAllLines(anyCsv(first.resolve("2026"), "pengampu-indikator-2026"),
        java.nio.charset.Charset.forName("windows-1252"));
    assertThat(rows2026).allMatch(r -> r.contains("PEMDI_2026") || r.toLowerCase().contains("kerangka") || r.contains("framework"));
  }

  @Test
  void theNationalRosterHasAbout630InstansiWithUniqueCodesAndEveryPemdaInAProvince() {
    GeneratorConfig national = new GeneratorConfig(Path.of("unused"), 1, 1, InstansiCounts.NATIONAL, 2018, 2026, 0, 0, 0);
    List<Instansi> roster = Roster.build(national);
    assertThat(roster).hasSize(632);
    assertThat(roster.stream().map(Instansi::code).distinct()).hasSize(632);
    assertThat(roster.stream().filter(i -> i.kind().isPemda())).allMatch(i -> i.province() != null);
    assertThat(roster.stream().filter(i -> i.kind() == InstansiKind.PROVINSI).map(i -> i.province().code()).distinct())
        .hasSize(38);
    GeneratorConfig tenfold = new GeneratorConfig(Path.of("unused"), 1, 10, InstansiCounts.NATIONAL, 2018, 2026, 0, 0, 0);
    assertThat(Roster.build(tenfold).stream().map(Instansi::code).distinct()).hasSize(6320);
  }

  @Test
  void layananIsMoreMatureThanManajemenAndSelfAssessmentsSitAboveTheEvaluators() {
    GeneratorConfig national = new GeneratorConfig(Path.of("unused"), 3, 1, InstansiCounts.NATIONAL, 2018, 2026, 0, 0, 0);
    var framework = CATALOG.byId("PERMEN_59_2020").orElseThrow();
    MaturityModel model = new MaturityModel(3);
    Map<String, double[]> byDomain = new TreeMap<>();
    double official = 0;
    double self = 0;
    int n = 0;
    for (Instansi i : Roster.build(national)) {
      for (var indicator : framework.indicators().values()) {
        int level = model.official(i, 2023, framework, indicator, 1);
        String domain = framework.aspects().stream().filter(a -> a.code().equals(indicator.aspectCode()))
            .findFirst().orElseThrow().domainCode();
        double[] sum = byDomain.computeIfAbsent(domain, d -> new double[2]);
        sum[0] += level;
        sum[1]++;
        official += level;
        self += model.selfAssessed(i, 2023, framework, indicator, 1);
        n++;
      }
    }
    double layanan = byDomain.get("D4")[0] / byDomain.get("D4")[1];
    double manajemen = byDomain.get("D3")[0] / byDomain.get("D3")[1];
    assertThat(layanan - manajemen).isGreaterThan(0.5);
    assertThat((self - official) / n).isBetween(0.2, 0.8);
    assertThat(official / n).as("a national mean level in 2023").isBetween(2.2, 3.4);
  }

  @Test
  void badSettingsAreRefusedNamingTheValue(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> new GeneratorConfig(dir, 1, 0, SMALL, 2018, 2026, 0, 0, 0))
        .hasMessageContaining("--scale").hasMessageContaining("0.0");
    assertThatThrownBy(() -> new GeneratorConfig(dir, 1, 1, SMALL, 2026, 2018, 0, 0, 0))
        .hasMessageContaining("2026-2018");
    assertThatThrownBy(() -> new GeneratorConfig(dir, 1, 1, SMALL, 2018, 2026, 1.5, 0, 0))
        .hasMessageContaining("--bad-rows").hasMessageContaining("1.5");
    assertThatThrownBy(() -> new InstansiCounts(0, 5, 0, 0)).hasMessageContaining("--provinsi");
    Files.writeString(dir.resolve("something.csv"), "x");
    assertThatThrownBy(() -> Generator.generate(config(dir, 1, 0), CATALOG, m -> { }))
        .hasMessageContaining("not empty").hasMessageContaining(dir.toString());
  }

  private static Path anyCsv(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".csv"))
          .sorted().findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*.csv in " + dir));
    }
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** Counts accepted rows and, per row refused, the reason of its problem. */
  private static final class CountingSink implements StagingSink {
    long accepted;
    final Map<String, ReasonCode> refusedRows = new TreeMap<>();

    @Override
    public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
      accepted++;
    }

    @Override
    public void reject(RowProblem problem) {
      ReasonCode previous = refusedRows.put(problem.file() + "#" + problem.rowNumber(), problem.reason());
      assertThat(previous).as("a planted row has one problem: " + problem).isNull();
    }

    Map<ReasonCode, Long> refusedRowsByReason() {
      Map<ReasonCode, Long> out = new TreeMap<>();
      refusedRows.values().forEach(r -> out.merge(r, 1L, Long::sum));
      return out;
    }
  }
}
