package id.spbe.analytics.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

/** The per-OPD workbook's sheet names are ones Excel opens: OPD codes and names are free text in the OPD list. */
class OpdWorkbookSheetNameTest {

  @Test
  void forbiddenCharactersGoAndLongNamesAreCutTo31() {
    Set<String> taken = new HashSet<>();
    assertThat(OpdWorkbook.sheetName("DINAS/KOMINFO:[TIK]*?\\", taken)).isEqualTo("DINAS_KOMINFO__TIK____");
    String cut = OpdWorkbook.sheetName("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", taken);
    assertThat(cut).isEqualTo("Badan Kepegawaian dan Pengemban").hasSize(31);
    assertThat(OpdWorkbook.sheetName("'BPKAD'", taken)).isEqualTo("BPKAD");
    for (String name : taken) {
      WorkbookUtil.validateSheetName(name); // POI's own check of Excel's rules: throws on a bad name
    }
  }

  @Test
  void namesAreUniqueIgnoringCaseAsExcelComparesThem() {
    Set<String> taken = new HashSet<>();
    assertThat(OpdWorkbook.sheetName("Keterangan", taken)).isEqualTo("Keterangan");
    assertThat(OpdWorkbook.sheetName("KETERANGAN", taken)).isEqualTo("KETERANGAN (2)");
    String longName = "X".repeat(40);
    assertThat(OpdWorkbook.sheetName(longName, taken)).hasSize(31);
    assertThat(OpdWorkbook.sheetName(longName, taken)).isEqualTo("X".repeat(27) + " (2)");
    assertThat(OpdWorkbook.sheetName("history", taken)).isEqualTo("history_");
    assertThat(OpdWorkbook.sheetName("", taken)).isEqualTo("OPD");
  }
}
