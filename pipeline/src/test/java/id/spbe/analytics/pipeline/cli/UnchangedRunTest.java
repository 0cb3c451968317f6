package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner re-running the same folder is told nothing changed; a changed row, or --force, publishes. */
class UnchangedRunTest {
  private static final String HEADER = "tahun,kode_instansi,lingkup,kode,nilai,ilustratif\n";

  @TempDir
  Path dir;

  @Test
  void anUnchangedReRunPublishesNothingAndSaysSoWhileAChangedRowRepublishes() throws Exception {
    Path input = Files.createDirectories(dir.resolve("masukan"));
    Files.writeString(input.resolve("instansi.csv"), "kode_instansi,nama_instansi,jenis_instansi\n"
        + "6521,Kabupaten Blitar,kabupaten\n");
    Path results = input.resolve("hasil-resmi-indeks.csv");
    Files.writeString(results, HEADER + "2018,6521,indeks,,2.14,tidak\n2021,6521,indeks,,2.76,tidak\n");
    String warehouse = dir.resolve("gudang").toString();

    Cli first = Cli.pipeline(warehouse, List.of(input.toString()));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains(": PUBLISHED v-000001");

    Cli again = Cli.pipeline(warehouse, List.of(input.toString()));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Tidak ada yang berubah").contains("Nothing changed")
        .contains("v-000001").doesNotContain("PUBLISHED");
    assertThat(Path.of(warehouse, "versions", "v-000002")).doesNotExist();
    assertThat(Files.readString(Path.of(warehouse, "CURRENT")).trim()).isEqualTo("v-000001");

    Cli forced = Cli.pipeline(warehouse, List.of(input.toString()), "--force");
    assertThat(forced.out()).as(forced.err()).contains(": PUBLISHED v-000002");

    Files.writeString(results, HEADER + "2018,6521,indeks,,2.14,tidak\n2021,6521,indeks,,2.77,tidak\n");
    Cli changed = Cli.pipeline(warehouse, List.of(input.toString()));
    assertThat(changed.out()).as(changed.err()).contains(": PUBLISHED v-000003")
        .containsPattern("6521 2021 PERMEN_59_2020 +official +2\\.77");
  }
}
