package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The Bukti dukung view in a real chromium over what the pipeline publishes from the sample's two illustrative lists
 * (bukti-dukung-2026-06-15.csv, -2026-07-03.csv) and its 2 July deadline; every number is EvidenceApiTest's, worked
 * out by hand from those files: on 3 July 67 of 92 items diterima, the index the evidence supports 160,3 / 100 = 1,60
 * (Cukup), 25 items still open, all past the deadline; on 15 June 48 of 88 and 1,23.
 */
class EvidenceBrowserTest extends SampleBrowserTest {
  private static final String KOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian";

  @Test
  void theViewShowsTheSimulationTheMatrixTheToDoListAndTheProgress() {
    open("/bukti.html?instansi=6521", "bukti");
    assertThat(browser.driver().getCurrentUrl()).contains("year=2026").contains("snapshot=2026-07-03");
    assertThat(element("a[data-view-link='bukti']").getAttribute("aria-current")).isEqualTo("page");
    assertThat(text("h1")).isEqualTo("Bukti dukung");
    assertThat(text("#ev-supported")).isEqualTo("1,60");
    // beside it the claim (penilaian-mandiri-2026.csv, 2,77) and the official result (1,94)
    assertThat(text("#ev-index-cards")).contains("simulasi, bukan nilai resmi").contains("2,77").contains("1,94")
        .contains("Predikat simulasi: Cukup");
    assertThat(text("#ev-accepted")).isEqualTo("67/92");
    assertThat(text("#ev-about")).contains("3 Juli 2026").contains("2 Juli 2026").contains("ilustratif");

    // the matrix: words in every cell, the external index named, no raw codes
    List<String> rows = texts("#ev-matrix tbody tr");
    assertThat(rows).hasSize(20);
    assertThat(rows.get(0)).startsWith("1 · Tata Kelola Pemerintah Digital 2").contains("✓ diterima (2/2)")
        .contains("belum (0/2)").contains("belum ada item");
    assertThat(rows.get(1)).contains("revisi (1/2)");
    assertThat(rows.get(2)).as("I3-L2-02 uploaded again").contains("proses (1/2)");
    assertThat(rows.get(4)).contains("dinilai dari indeks eksternal: Indeks Satu Data Indonesia (SDI; Bappenas)");
    assertThat(text("#ev-legend")).contains("diterima").contains("belum ada item")
        .contains("dinilai dari indeks eksternal: Indeks Satu Data Indonesia (SDI; Bappenas)");
    assertThat(text("main")).doesNotContain("tanpa_item").doesNotContain("eksternal —").doesNotContain("PEMDI_2026");

    // the to-do list in priority order, then filtered by OPD, status and indicator
    assertThat(texts("#ev-todo tbody tr:not(.detail) th")).hasSize(25).startsWith("1", "2", "3");
    assertThat(texts("#ev-todo tbody tr").get(0)).contains("Bagian Organisasi Sekretariat Daerah").contains("lengkapi")
        .contains("I20-L2-02").contains("draf").contains("0,1500").contains("lewat tenggat");
    assertThat(texts("#ev-todo tbody tr:not(.detail)").get(1)).contains(KOMINFO).contains("perbaiki")
        .contains("I2-L3-01").contains("revisi: dokumen tidak tepat").contains("0,0500");
    assertThat(texts("#ev-todo tbody tr.detail").get(0))
        .contains("Catatan asesor: Katalog layanan belum memuat layanan OPD di luar Diskominfo.");
    assertThat(text("#todo-shown")).isEqualTo("25 dari 25 item ditampilkan");
    new Select(element("#todo-opd")).selectByValue("INSPEKTORAT");
    assertThat(texts("#ev-todo tbody tr:not(.detail)")).singleElement().asString().contains("I9-L3-01")
        .contains("Inspektorat Daerah");
    new Select(element("#todo-opd")).selectByValue("");
    new Select(element("#todo-status")).selectByValue("revisi");
    // I2-L3-01, I4-L2-01, I10-L2-02, I15-L2-02, I16-L3-01 and I12-L2-01
    assertThat(text("#todo-shown")).isEqualTo("6 dari 25 item ditampilkan");
    new Select(element("#todo-indicator")).selectByValue("12");
    assertThat(texts("#ev-todo tbody tr:not(.detail) th")).as("I12-L2-01, 16th by priority").containsExactly("16");
    assertThat(element("#ev-per-opd").getAttribute("href")).contains("/api/bukti/per-opd?")
        .contains("snapshot=2026-07-03");

    // the OPD with the most points at stake first (Diskominfo: 0,36), and the progress line with both snapshots
    assertThat(texts("#ev-opd tbody tr").get(0)).startsWith(KOMINFO).contains("0,3600");
    Map<String, Object> chart = chart("ev-progress-chart");
    assertThat(chart.get("labels")).isEqualTo(List.of("15 Juni 2026", "3 Juli 2026"));
    assertThat(points(chart)).containsExactly(2L, 2L);
    assertThat(datasetLabels(chart)).containsExactly("Item diterima", "Indeks menurut bukti dukung (simulasi)");
    // all but I7, I9, I11, I19 and the pending I5, I6, I18
    assertThat(text("#ev-gap-summary")).isEqualTo("13 dari 20 indikator diklaim lebih tinggi daripada yang didukung "
        + "bukti dukung.");
    assertThat(texts("#ev-gap tbody tr").get(0)).contains("2,75").contains("2,00").contains("0,75 · klaim melebihi bukti");
    assertThat(text("#ev-index")).contains("1,60").contains("1,22");
    assertLoadedCleanly("bukti filtered");
  }

  @Test
  void anEarlierSnapshotAndAYearWithoutEvidence() {
    open("/bukti.html?instansi=6521&year=2026", "bukti-latest");
    new Select(element("#filter-snapshot")).selectByValue("2026-06-15");
    browser.waitReady();
    assertThat(text("#ev-supported")).isEqualTo("1,23");
    assertThat(texts("#ev-todo tbody tr:not(.detail)")).as("88 items, 48 diterima").hasSize(40);
    assertThat(text("#ev-todo")).as("15 June is before the deadline").doesNotContain("lewat tenggat");
    new Select(element("#filter-year")).selectByValue("2025");
    browser.waitReady();
    assertLoadedCleanly("bukti 2025");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("snapshot=");
    assertThat(element("#ev-body").isDisplayed()).isFalse();
    assertThat(text("#ev-empty")).contains("Belum ada bukti dukung untuk 2025").contains("bukti-dukung-2025-<tanggal>.csv")
        .contains("Bukti dukung ada untuk tahun: 2026");
    browser.screenshot("bukti-no-evidence");
  }

  @Test
  void inEnglishTheStatusesAreWords() {
    open("/bukti.html?instansi=6521&year=2026&lang=en", "bukti-en");
    assertThat(text("h1")).isEqualTo("Evidence (bukti dukung)");
    assertThat(text("#ev-matrix")).contains("accepted (diterima) (2/2)").contains("no item yet")
        .contains("scored from an external index: Indeks Satu Data Indonesia");
    assertThat(text("#ev-index-cards")).contains("simulation, not an official value").contains("1.60");
  }
}
