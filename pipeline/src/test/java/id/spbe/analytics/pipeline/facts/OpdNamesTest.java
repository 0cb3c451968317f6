package id.spbe.analytics.pipeline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OPD names the way staff write them, against an OPD list spelled the official way (issue 14, point 3). */
class OpdNamesTest {
  private static final List<OpdNames.Opd> LIST = List.of(
      new OpdNames.Opd("DISKOMINFOTIKSAN", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
          "Diskominfotiksan", List.of()),
      new OpdNames.Opd("ORGANISASI", "Bagian Organisasi Sekretariat Daerah", "Bag. Organisasi", List.of()),
      new OpdNames.Opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", List.of()),
      new OpdNames.Opd("DINKES", "Dinas Kesehatan", "Dinkes", List.of("Dinas Kesehatan dan KB")),
      new OpdNames.Opd("HUKUM", "Bagian Hukum Sekretariat Daerah", "Bag. Hukum", List.of()),
      new OpdNames.Opd("HUKUM_DPRD", "Bagian Hukum Sekretariat DPRD", "", List.of()));
  private final OpdNames names = new OpdNames("6521", LIST, List.of("Kabupaten Blitar"));

  @Test
  void theCommonWaysOfWritingAnOfficeNameMatchItsOpd() {
    assertThat(code("DISKOMINFOTIKSAN")).isEqualTo("DISKOMINFOTIKSAN");
    assertThat(code("dinas komunikasi informatika statistik & persandian")).isEqualTo("DISKOMINFOTIKSAN");
    assertThat(code("Dinas Komunikasi, Informatika, Statistik dan Persandian - Kabupaten Blitar"))
        .isEqualTo("DISKOMINFOTIKSAN");
    assertThat(code("Diskominfotiksan Kab. Blitar")).isEqualTo("DISKOMINFOTIKSAN");
    assertThat(code("Bagian Organisasi Setda")).isEqualTo("ORGANISASI");
    assertThat(code("Bag. Organisasi Setda Kab. Blitar")).isEqualTo("ORGANISASI");
    assertThat(code("Bagian Organisasi")).isEqualTo("ORGANISASI");
    assertThat(code("Badan Kepegawaian dan Pengembangan SDM")).isEqualTo("BKPSDM");
    assertThat(code("Dis. Kesehatan")).isEqualTo("DINKES");
    assertThat(code("DINAS KESEHATAN & KB")).isEqualTo("DINKES"); // an alias of the list
  }

  @Test
  void aNameOfTwoOpdsIsAmbiguousAndNeverGuessed() {
    OpdNames twoHukum = new OpdNames("6521", List.of(
        new OpdNames.Opd("HUKUM", "Bagian Hukum Sekretariat Daerah", "", List.of()),
        new OpdNames.Opd("HUKUM2", "Bagian Hukum", "", List.of())), List.of());
    OpdNames.Match match = twoHukum.match("Bag. Hukum");
    assertThat(match.opdCode()).isNull();
    assertThat(match.problem()).isEqualTo(ReasonCode.AMBIGUOUS_OPD);
    assertThat(match.expectedEn()).contains("HUKUM (Bagian Hukum Sekretariat Daerah)").contains("HUKUM2 (Bagian Hukum)");
  }

  @Test
  void anUnknownNameComesWithTheClosestOpdsAndAnAliasRowToPaste() {
    OpdNames.Match match = names.match("Dinas Kominfo dan Sandi");
    assertThat(match.opdCode()).isNull();
    assertThat(match.problem()).isEqualTo(ReasonCode.UNKNOWN_OPD);
    assertThat(match.expectedEn()).startsWith("; closest known OPDs: DISKOMINFOTIKSAN (")
        .contains("6521;DISKOMINFOTIKSAN;Dinas Komunikasi, Informatika, Statistik dan Persandian;Diskominfotiksan;"
            + "Dinas Kominfo dan Sandi");
    assertThat(match.expectedId()).contains("OPD terdekat: DISKOMINFOTIKSAN");
    String message = ReasonCode.UNKNOWN_OPD.messageEn("Dinas Kominfo dan Sandi", match.expectedEn());
    assertThat(message).startsWith("OPD 'Dinas Kominfo dan Sandi' is not in this instansi's OPD list; closest");
  }

  @Test
  void aliasesInOneCellAreSplitOnBarsSemicolonsAndLineBreaks() {
    assertThat(OpdNames.joinAliases("Dinas Kominfo | Kominfo Kab. Blitar; Diskominfo\nDinas Kominfo"))
        .isEqualTo("Dinas Kominfo | Kominfo Kab. Blitar | Diskominfo");
    assertThat(OpdNames.splitAliases("Dinas Kominfo | Kominfo Kab. Blitar"))
        .containsExactly("Dinas Kominfo", "Kominfo Kab. Blitar");
    assertThat(OpdNames.joinAliases("")).isEmpty();
  }

  private String code(String written) {
    OpdNames.Match match = names.match(written);
    assertThat(match.problem()).as(written + ": " + match.expectedEn()).isNull();
    return match.opdCode();
  }
}
