package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The Data view over the sample's run: its 23 input files (data/samples/kabupaten-blitar/*.csv), all valid. The run
 * id is random and a rebuilt pipeline jar publishes the sample again (v-000002, a second run), so the run and the
 * version are read from the answer and only the inputs and counts are fixed.
 */
class DataApiTest extends SampleApiTest {
  private static final Path SAMPLE = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize()
      .resolve("data/samples/kabupaten-blitar");

  @Test
  void theLatestRunsInputsAreTheSampleFilesAllTaken() throws Exception {
    JsonNode body = server.json("/api/data");
    JsonNode latest = body.path("runs").get(0);
    assertThat(column(body.path("runs"), "outcome")).containsOnly("PUBLISHED");
    assertThat(body.path("selection").path("run_id").asText()).isEqualTo(latest.path("run_id").asText());
    assertThat(body.path("version").asText()).isEqualTo(latest.path("version").asText());
    // the data rows of the 23 files (lines minus the header): 88 + 92 bukti dukung, 3 + 4 x 47 + 20 official,
    // 1 instansi, 1 external value, 12 OPDs, 67 owners, 37 + 4 x 47 + 20 + 1 self-assessed, 47 target levels,
    // 7 RPJMD targets, 6 deadlines, 268 efforts = 1046
    assertThat(latest.path("rows_read").asLong()).isEqualTo(1046);
    assertThat(latest.path("rows_rejected").asLong()).isZero();
    assertThat(column(body.path("inputs"), "file")).containsExactly("bukti-dukung-2026-06-15.csv",
        "bukti-dukung-2026-07-03.csv", "hasil-resmi-indeks.csv", "hasil-resmi-indikator-2022.csv",
        "hasil-resmi-indikator-2023.csv", "hasil-resmi-indikator-2024.csv", "hasil-resmi-indikator-2025.csv",
        "hasil-resmi-indikator-2026.csv", "instansi.csv", "nilai-indeks-eksternal-2026.csv", "opd.csv",
        "pengampu-indikator.csv", "penilaian-mandiri-2019.csv", "penilaian-mandiri-2022.csv",
        "penilaian-mandiri-2023.csv", "penilaian-mandiri-2024.csv", "penilaian-mandiri-2025.csv",
        "penilaian-mandiri-2026.csv", "penilaian-mandiri-indeks-2020.csv", "target-level-indikator.csv",
        "target-rpjmd.csv", "tenggat-penilaian-mandiri.csv", "upaya-kenaikan-level.csv");
    JsonNode official2026 = find(body.path("inputs"), "file", "hasil-resmi-indikator-2026.csv");
    assertThat(official2026.path("separator").asText()).isEqualTo(";");
    assertThat(official2026.path("rows_read").asLong()).isEqualTo(20);
    assertThat(official2026.path("rows_accepted").asLong()).isEqualTo(20);
    JsonNode self2019 = find(body.path("inputs"), "file", "penilaian-mandiri-2019.csv");
    assertThat(self2019.path("separator").asText()).isEqualTo(",");
    assertThat(self2019.path("rows_read").asLong()).as("35 indicators, no. 35 for three services").isEqualTo(37);
    assertThat(self2019.path("sha256").asText()).isEqualTo(sha256(SAMPLE.resolve("penilaian-mandiri-2019.csv")));
    assertThat(body.path("quarantined")).isEmpty();
    // 35 indicators of 2019 (5/2018, self-assessed) + 47 in each of 2022..2025 + 20 of Pemdi 2026 = 243
    assertThat(body.path("tables").path("gap_to_target").asInt()).isEqualTo(243);
  }

  @Test
  void theListsComeAPageAtATimeAndAPagePastTheLastIsA400() {
    String run = server.json("/api/data").path("selection").path("run_id").asText();
    JsonNode body = server.json("/api/data?run=" + run);
    assertThat(body.path("page").asInt()).isEqualTo(1);
    assertThat(body.path("pages").asInt()).as("23 inputs fit on one page of 100").isEqualTo(1);
    assertThat(body.path("page_size").asInt()).isEqualTo(100);
    assertThat(body.path("inputs_total").asInt()).isEqualTo(23);
    assertThat(body.path("inputs")).hasSize(23);
    assertThat(body.path("quarantined_listed").asInt()).isZero();
    assertThat(server.json("/api/data?page=1&run=" + run).path("inputs")).hasSize(23);
    badRequest("/api/data?page=2&run=" + run, "page");
    badRequest("/api/data?page=0", "page");
    badRequest("/api/data?page=x", "page");
  }

  @Test
  void anUnknownRunIsA400() {
    badRequest("/api/data?run=20261128T000000Z-zzzz", "run");
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
