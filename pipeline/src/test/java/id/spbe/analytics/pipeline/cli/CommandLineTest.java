package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.ingest.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a planner types them: what they print and the documented exit code. */
class CommandLineTest {
  @TempDir
  Path dir;

  @Test
  void aWrongCommandLineExitsTwoWithTheUsage() {
    Cli none = Cli.run();
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("Usage: spbe-pipeline").contains("template");
    Cli badKind = Cli.run("template", "--kind", "laporan", "--out", dir.toString());
    assertThat(badKind.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badKind.err()).contains("laporan");
    Cli keepNone = Cli.pipeline(dir.resolve("wh").toString(), List.of(dir.toString()), "--keep-versions", "0");
    assertThat(keepNone.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(keepNone.err()).contains("--keep-versions").contains("was 0");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void refusedFilesExitThreeNamingEachFileAndPublishNothing() throws Exception {
    Path bad = Files.writeString(dir.resolve("penilaian-mandiri-2024.csv"), "tahun;indikator\n2024;1\n");
    Path warehouse = dir.resolve("wh");
    Cli cli = Cli.pipeline(warehouse.toString(), List.of(bad.toString(), dir.resolve("tidak-ada.csv").toString()));
    assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FILES_REJECTED);
    assertThat(cli.err()).contains("Input files rejected; nothing was written.")
        .contains("penilaian-mandiri-2024.csv [MISSING_COLUMN]").contains("tidak-ada.csv [INPUT_NOT_FOUND]")
        .contains("EN: Required column(s) missing from the header (row 1): kode_instansi");
    assertThat(cli.showsAStackTrace()).isFalse();
    assertThat(warehouse.resolve("CURRENT")).doesNotExist();
    try (Stream<Path> versions = Files.list(warehouse.resolve("versions"))) {
      assertThat(versions).isEmpty();
    }
    assertThat(Cli.run("versions", "--warehouse", warehouse.toString()).out()).contains("REJECTED_FILES");
  }

  @Test
  void templatesAreWrittenForEveryKindAndNeverOverwriteAPlannersFile() {
    Path out = dir.resolve("templat");
    Cli cli = Cli.run("template", "--out", out.toString(), "--reference", SharedSpark.referenceDir().toString());
    assertThat(cli.exitCode()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).hasSize(2 * InputKind.values().length)
          .contains("penilaian-mandiri-template.xlsx", "penilaian-mandiri-template.csv", "target-rpjmd-template.xlsx");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Cli again = Cli.run("template", "--kind", "self_assessment", "--format", "xlsx", "--out", out.toString(),
        "--reference", SharedSpark.referenceDir().toString());
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("not overwritten without --force").contains("penilaian-mandiri-template.xlsx");
    Cli forced = Cli.run("template", "--kind", "self_assessment", "--format", "xlsx", "--out", out.toString(),
        "--reference", SharedSpark.referenceDir().toString(), "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out()).contains("self_assessment").contains("penilaian-mandiri-template.xlsx");
  }
}
