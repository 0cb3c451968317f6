package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.FileSummary;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Level wordings people use: number words, a level name of the other family (issue 14, point 4). */
class LevelWordingsTest {
  @TempDir
  Path dir;

  @Test
  void numberWordsAndNamesOfTheOtherFamilyAreTakenWithAWarningAndDisagreementsStayRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("penilaian-mandiri-2025.csv"),
        "\uFEFFtahun;kode_instansi;indikator;tingkat_kematangan;opd_pengampu\r\n"
            + "2025;6521;1;tiga;BAPPEDA\r\n" // row 2: a number word
            + "2025;6521;2;Level Dua;BAPPEDA\r\n" // row 3
            + "2025;6521;32;Rintisan;BAPPEDA\r\n" // row 4: process name on a service indicator: 1
            + "2025;6521;33;4 - Terpadu dan Terukur;BAPPEDA\r\n" // row 5: 4, both agree
            + "2025;6521;34;2 - Rintisan;BAPPEDA\r\n" // row 6: Rintisan is 1, not 2
            + "2025;6521;35;2 - Optimum;BAPPEDA\r\n" // row 7: its own family disagrees
            + "2025;6521;36;Hebat;BAPPEDA\r\n", // row 8: no family's name
        StandardCharsets.UTF_8);
    IngestRun run = IngestRun.of(file);

    Map<Object, Object> levels = run.rows(FactTable.INDICATOR_ASSESSMENT).stream()
        .collect(Collectors.toMap(r -> r.get("indicator_code"), r -> r.get("maturity_level")));
    assertThat(levels).containsOnly(Map.entry("1", 3), Map.entry("2", 2), Map.entry("32", 1), Map.entry("33", 4));
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(6L, ReasonCode.LEVEL_NAME_MISMATCH),
        org.assertj.core.groups.Tuple.tuple(7L, ReasonCode.LEVEL_NAME_MISMATCH),
        org.assertj.core.groups.Tuple.tuple(8L, ReasonCode.UNKNOWN_LEVEL_NAME));
    assertThat(run.problems().get(0).messageEn()).contains("expected 1 - Rintisan");

    FileSummary summary = run.file("penilaian-mandiri-2025.csv");
    assertThat(summary.notes()).hasSize(3);
    assertThat(summary.notes().get(0)).startsWith("LEVEL_OTHER_FAMILY penilaian-mandiri-2025.csv baris/row 4, "
        + "tingkat_kematangan = 'Rintisan'").contains("taken as level 1").contains("proses");
    assertThat(summary.notes().get(1)).contains("baris/row 5").contains("taken as level 4");
    assertThat(summary.notes().get(2)).startsWith("LEVEL_OTHER_FAMILY: 2 baris/rows");
  }

  @Test
  void numberWordsParseAsLevels() throws Exception {
    assertThat(ValueParsers.level("lima")).isEqualTo(new ValueParsers.LevelText(java.math.BigDecimal.valueOf(5), null));
    assertThat(ValueParsers.level("Tingkat Satu")).isEqualTo(new ValueParsers.LevelText(java.math.BigDecimal.valueOf(1), null));
    assertThat(ValueParsers.level("nol")).isEqualTo(new ValueParsers.LevelText(java.math.BigDecimal.valueOf(0), null));
    assertThat(ValueParsers.level("Terdefinisi")).isEqualTo(new ValueParsers.LevelText(null, "Terdefinisi"));
  }
}
