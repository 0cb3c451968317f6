package id.spbe.analytics.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.cli.Cli;
import id.spbe.analytics.pipeline.cli.ExitCodes;
import id.spbe.analytics.pipeline.job.PipelineRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files through the real command line against a published warehouse: the exit code is a documented one,
 * the console shows no stack trace, and unless the run succeeds CURRENT and every published file stay exactly as
 * they were. The mutants are sorted by the ingest step first (no Spark) so that only a few runs need the merge,
 * and one run, of a rewritten but equivalent file, publishes.
 */
class PublishedStateFuzzTest {
  private static final Set<Integer> DOCUMENTED_FOR_INPUTS =
      Set.of(ExitCodes.OK, ExitCodes.INPUT_FILES_REJECTED, ExitCodes.ROWS_QUARANTINED);
  private static final Pattern REPORT = Pattern.compile("report: (\\S+quarantine-report\\.xlsx)");
  @TempDir
  Path dir;

  @Test
  void onlyASuccessfulRunChangesWhatIsPublished() throws IOException {
    Path warehouse = copy(PipelineRuns.publishedSample(), dir.resolve("wh"));
    List<String> published = snapshot(warehouse);
    Random random = new Random(InputFuzzTest.SEED);
    InputFuzzTest.readBases();
    List<Path> refusedFiles = new ArrayList<>();
    List<Path> refusedRows = new ArrayList<>();
    for (int i = 0; refusedFiles.size() < 3 || refusedRows.size() < 2; i++) {
      InputFuzzTest.Base base = InputFuzzTest.bases.get(random.nextInt(InputFuzzTest.bases.size()));
      Path file = Files.write(Files.createDirectories(dir.resolve("m" + i)).resolve(base.name()),
          Mutations.mutate(base.bytes(), base.text(), random));
      try {
        if (!IngestRun.of(file).problems().isEmpty() && refusedRows.size() < 2) {
          refusedRows.add(file);
        }
      } catch (InputRejectedException e) {
        if (refusedFiles.size() < 3) {
          refusedFiles.add(file);
        }
      }
    }
    for (Path mutant : concat(refusedFiles, refusedRows)) {
      Cli cli = Cli.pipeline(warehouse.toString(), List.of(mutant.toString()));
      String seen = "seed " + InputFuzzTest.SEED + ", " + mutant + ":\n" + cli.err();
      assertThat(cli.exitCode()).as(seen).isIn(DOCUMENTED_FOR_INPUTS).isNotZero();
      assertThat(cli.showsAStackTrace()).as(seen).isFalse();
      assertThat(snapshot(warehouse)).as(seen).isEqualTo(published);
      if (cli.exitCode() == ExitCodes.ROWS_QUARANTINED) {
        Matcher report = REPORT.matcher(cli.err());
        assertThat(report.find()).as(seen).isTrue();
        assertThat(Path.of(report.group(1))).exists();
      }
    }

    Path equivalent = rewriteOfThePublishedSelfAssessment(random);
    Cli success = Cli.pipeline(warehouse.toString(), List.of(equivalent.toString()));
    assertThat(success.exitCode()).as(success.err()).isZero();
    assertThat(PipelineRuns.current(warehouse)).isEqualTo("v-000002");
    assertThat(snapshot(warehouse)).as("the previous version is left as it was").containsAll(published.subList(1, published.size()));
    assertThat(selfAssessment2023(warehouse, "v-000002")).isEqualTo(selfAssessment2023(warehouse, "v-000001"));
  }

  private Path rewriteOfThePublishedSelfAssessment(Random random) throws IOException {
    List<String> lines = Files.readAllLines(SharedSpark.blitarSample().resolve("penilaian-mandiri-2023.csv"));
    Framework framework = IngestRun.CATALOG.byId("PERMEN_59_2020").orElseThrow();
    EquivalentRewrites.Rewrite rewrite = new EquivalentRewrites(framework, List.of(lines.get(0).split(",")),
        lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList()).rewrite(random);
    return Files.write(dir.resolve("penilaian-mandiri-2023-ditulis-ulang" + rewrite.extension()), rewrite.bytes());
  }

  private static List<String> selfAssessment2023(Path warehouse, String version) {
    return SharedSpark.get().read().parquet(warehouse.resolve("versions").resolve(version)
            .resolve("indicator_assessment").toString())
        .where("year = 2023 and source = 'self_assessment'")
        .selectExpr("concat_ws('|', instansi_code, indicator_code, item_no, maturity_level, opd_code, justification, "
            + "evidence, submitted_on, is_illustrative)").collectAsList()
        .stream().map(r -> r.getString(0)).sorted().toList();
  }

  /** CURRENT's content, then every file under versions/ with its size and modification time. */
  private static List<String> snapshot(Path warehouse) throws IOException {
    List<String> state = new ArrayList<>();
    state.add("CURRENT=" + Files.readString(warehouse.resolve("CURRENT")).trim());
    try (Stream<Path> files = Files.walk(warehouse.resolve("versions"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        state.add(warehouse.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return state;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
