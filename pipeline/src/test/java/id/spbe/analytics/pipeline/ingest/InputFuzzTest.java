package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.run.FileSummary;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the ingest step over files no one wrote by hand. Seeded: {@code -Dfuzz.seed=N} replays a run,
 * {@code -Dfuzz.mutants=N} changes its size; a failing mutant is kept under target/fuzz-failures.
 */
class InputFuzzTest {
  static final long SEED = Long.getLong("fuzz.seed", 20261128L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 400);
  private static final int REWRITES = Integer.getInteger("fuzz.rewrites", 60);
  private static final Path FAILURES = Path.of("target", "fuzz-failures");
  private static final String SAMPLE = "penilaian-mandiri-2023.csv";

  static List<Base> bases;
  @TempDir
  Path dir;

  /** A well-formed file to damage: its bytes, a name telling its kind, whether it is text. */
  record Base(String name, byte[] bytes, boolean text) {}

  @BeforeAll
  static void readBases() throws IOException {
    bases = new ArrayList<>();
    for (String name : List.of("penilaian-mandiri-2023-excel-id.csv", "penilaian-mandiri-2024-windows1252.csv",
        "hasil-resmi-2019-butir.csv", "hasil-resmi-2021-multi-instansi.csv", "penilaian-mandiri-2025-array.json",
        "penilaian-mandiri-2025-portal.json", "penilaian-mandiri-2025-lines.ndjson",
        "reason-codes/penilaian-mandiri-2023-salah.csv", "reason-codes/target-rpjmd-salah.csv")) {
      bases.add(new Base(Path.of(name).getFileName().toString(), Files.readAllBytes(IngestRun.fixture(name)), true));
    }
    for (String name : List.of(SAMPLE, "opd.csv", "upaya-kenaikan-level.csv", "tenggat-penilaian-mandiri.csv",
        "target-level-indikator.csv", "hasil-resmi-indeks.csv")) {
      bases.add(new Base(name, Files.readAllBytes(SharedSpark.blitarSample().resolve(name)), true));
    }
    bases.add(new Base("penilaian-mandiri-2023.xlsx", Mutations.randomWorkbook(new Random(SEED)), false));
  }

  @Test
  void damagedFilesAreRefusedOrQuarantinedButNeverCrashTheIngestStep() throws IOException {
    Random random = new Random(SEED);
    List<String> crashes = new ArrayList<>();
    int refused = 0;
    int withProblems = 0;
    for (int i = 0; i < MUTANTS; i++) {
      Base base = bases.get(random.nextInt(bases.size()));
      boolean workbook = random.nextInt(5) == 0;
      byte[] bytes = workbook ? Mutations.randomWorkbook(random) : Mutations.mutate(base.bytes(), base.text(), random);
      String name = workbook ? "penilaian-mandiri-fuzz-" + i + ".xlsx" : "m" + i + "-" + base.name();
      Path file = Files.write(Files.createDirectories(dir.resolve("m" + i)).resolve(name), bytes);
      try {
        IngestRun run = IngestRun.of(file);
        checkQuarantined(run, name);
        withProblems += run.problems().isEmpty() ? 0 : 1;
      } catch (InputRejectedException e) {
        assertThat(e.problems()).allSatisfy(p -> {
          assertThat(p.file()).isEqualTo(name);
          assertThat(p.messageId()).isNotBlank();
          assertThat(p.messageEn()).isNotBlank();
        });
        refused++;
      } catch (RuntimeException | AssertionError e) {
        crashes.add("mutant " + i + " (" + keep(file) + "): " + e);
      }
    }
    System.out.printf("fuzz seed %d: %d mutants, %d refused as files, %d with quarantined rows%n", SEED, MUTANTS,
        refused, withProblems);
    assertThat(crashes).as("seed %d (replay with -Dfuzz.seed=%d)", SEED, SEED).isEmpty();
    assertThat(refused).as("the mutations reach the file checks").isPositive();
    assertThat(withProblems).as("the mutations reach the row checks").isPositive();
  }

  @Test
  void rewritingAFileWithoutChangingItsMeaningStagesTheSameRows() throws IOException {
    Path sample = SharedSpark.blitarSample().resolve(SAMPLE);
    List<Map<String, Object>> expected = facts(IngestRun.of(sample));
    assertThat(expected).hasSize(47);
    List<String> lines = Files.readAllLines(sample);
    List<List<String>> rows = lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList();
    Framework framework = IngestRun.CATALOG.byId("PERMEN_59_2020").orElseThrow();
    EquivalentRewrites rewrites = new EquivalentRewrites(framework, List.of(lines.get(0).split(",")), rows);
    Random random = new Random(SEED);
    for (int i = 0; i < REWRITES; i++) {
      EquivalentRewrites.Rewrite rewrite = rewrites.rewrite(random);
      Path file = Files.write(dir.resolve("penilaian-mandiri-2023-r" + i + rewrite.extension()), rewrite.bytes());
      IngestRun run;
      try {
        run = IngestRun.of(file);
      } catch (InputRejectedException e) {
        throw new AssertionError("rewrite " + i + " (" + rewrite.description() + ", kept as " + keep(file) + ", seed "
            + SEED + ") refused: " + e.problems(), e);
      }
      assertThat(run.problems()).as("rewrite %d: %s, seed %d, kept as %s", i, rewrite.description(), SEED, keep(file))
          .isEmpty();
      assertThat(facts(run)).as("rewrite %d: %s, seed %d", i, rewrite.description(), SEED).isEqualTo(expected);
    }
  }

  /** Every refused cell is located in the file and explained; every accepted row is a valid fact. */
  private static void checkQuarantined(IngestRun run, String name) {
    FileSummary file = run.file(name);
    assertThat(file.rowsAccepted() + file.rowsRejected()).isEqualTo(file.rowsRead());
    assertThat(run.problems()).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo(name);
      assertThat(p.rowNumber()).isGreaterThan(file.headerRow());
      assertThat(p.messageId()).isNotBlank();
      assertThat(p.messageEn()).isNotBlank();
    });
    long accepted = run.sink.rows.values().stream().mapToLong(List::size).sum();
    assertThat(accepted).isEqualTo(file.rowsAccepted());
    for (Map<String, Object> row : run.rows(FactTable.INDICATOR_ASSESSMENT)) {
      Framework f = IngestRun.CATALOG.byId((String) row.get("framework_id")).orElseThrow();
      assertThat(f.appliesTo((Integer) row.get("year"))).isTrue();
      assertThat(f.indicator((String) row.get("indicator_code"))).isPresent();
      assertThat(((Number) row.get("maturity_level")).doubleValue()).isBetween((double) f.levelMin(), (double) f.levelMax());
    }
  }

  /** The staged facts without where they came from, in a stable order. */
  private static List<Map<String, Object>> facts(IngestRun run) {
    return run.rows(FactTable.INDICATOR_ASSESSMENT).stream().map(r -> {
      Map<String, Object> fact = new TreeMap<>(r);
      fact.keySet().removeIf(k -> k.startsWith("source_"));
      return (Map<String, Object>) fact;
    }).sorted(java.util.Comparator.comparing(r -> Integer.parseInt((String) r.get("indicator_code")))).toList();
  }

  private static String keep(Path file) {
    try {
      Files.createDirectories(FAILURES);
      Path kept = FAILURES.resolve(SEED + "-" + file.getFileName());
      Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return kept.toString();
    } catch (IOException e) {
      return file + " (not kept: " + e.getMessage() + ")";
    }
  }
}
