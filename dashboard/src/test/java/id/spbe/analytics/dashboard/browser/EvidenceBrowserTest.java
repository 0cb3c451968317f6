package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The Bukti dukung view in a real chromium over the fixture's 2026 evidence (fixture/EvidenceTables). */
class EvidenceBrowserTest extends FixtureBrowserTest {

  @Test
  void theViewShowsTheSimulationTheMatrixTheToDoListAndTheProgress() {
    open("/bukti.html?instansi=6521", "bukti");
    assertThat(browser.driver().getCurrentUrl()).contains("year=2026").contains("snapshot=2026-07-02");
    assertThat(element("a[data-view-link='bukti']").getAttribute("aria-current")).isEqualTo("page");
    assertThat(text("h1")).isEqualTo("Bukti dukung");
    assertThat(text("#ev-supported")).isEqualTo("1,33");
    assertThat(text("#ev-index-cards")).contains("simulasi, bukan nilai resmi").contains("2,76")
        .contains("Predikat simulasi: Kurang");
    assertThat(text("#ev-accepted")).isEqualTo("6/11");
    assertThat(text("#ev-about")).contains("2 Juli 2026").contains("1 Juli 2026").contains("ilustratif");

    // the matrix: words in every cell, the external index named, no raw codes
    List<String> rows = texts("#ev-matrix tbody tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("1 · Tata Kelola Pemerintah Digital").contains("✓ diterima (2/2)")
        .contains("revisi (1/2)").contains("proses (0/1)").contains("belum ada item");
    assertThat(rows.get(2)).contains("dinilai dari indeks eksternal: Indeks Satu Data Indonesia (SDI; Bappenas)");
    assertThat(text("#ev-legend")).contains("diterima").contains("belum ada item")
        .contains("dinilai dari indeks eksternal: Indeks Satu Data Indonesia (SDI; Bappenas)");
    assertThat(text("main")).doesNotContain("tanpa_item").doesNotContain("eksternal —").doesNotContain("PEMDI_2026");

    // the to-do list in priority order, then filtered by OPD, status and indicator
    assertThat(texts("#ev-todo tbody tr:not(.detail) th")).containsExactly("1", "2", "3", "4", "5");
    assertThat(texts("#ev-todo tbody tr").get(0)).contains("Dinas Komunikasi dan Informatika").contains("perbaiki")
        .contains("I1-L2-02").contains("revisi: dokumen tidak tepat").contains("0,0600").contains("lewat tenggat");
    assertThat(texts("#ev-todo tbody tr.detail").get(0)).contains("Catatan asesor: SK belum ditandatangani kepala daerah");
    assertThat(text("#todo-shown")).isEqualTo("5 dari 5 item ditampilkan");
    new Select(element("#todo-opd")).selectByValue("INSPEKTORAT");
    assertThat(texts("#ev-todo tbody tr:not(.detail)")).hasSize(1);
    assertThat(texts("#ev-todo tbody tr").get(0)).contains("I2-L3-01").contains("Inspektorat Daerah");
    new Select(element("#todo-opd")).selectByValue("");
    new Select(element("#todo-status")).selectByValue("revisi");
    assertThat(text("#todo-shown")).isEqualTo("2 dari 5 item ditampilkan");
    new Select(element("#todo-indicator")).selectByValue("1");
    assertThat(texts("#ev-todo tbody tr:not(.detail) th")).containsExactly("1");
    assertThat(element("#ev-per-opd").getAttribute("href")).contains("/api/bukti/per-opd?")
        .contains("snapshot=2026-07-02");

    // the OPD with the most points at stake first, and the progress line with both snapshots
    assertThat(texts("#ev-opd tbody tr").get(0)).startsWith("Dinas Komunikasi dan Informatika").contains("0,0600");
    Map<String, Object> chart = chart("ev-progress-chart");
    assertThat(chart.get("labels")).isEqualTo(List.of("15 Juni 2026", "2 Juli 2026"));
    assertThat(points(chart)).containsExactly(2L, 2L);
    assertThat(datasetLabels(chart)).containsExactly("Item diterima", "Indeks menurut bukti dukung (simulasi)");
    assertThat(text("#ev-gap-summary")).isEqualTo("1 dari 3 indikator diklaim lebih tinggi daripada yang didukung "
        + "bukti dukung.");
    assertThat(texts("#ev-gap tbody tr").get(0)).contains("3,00").contains("2,00 · klaim melebihi bukti");
    assertThat(text("#ev-index")).contains("1,56");
    assertLoadedCleanly("bukti filtered");
  }

  @Test
  void anEarlierSnapshotAndAYearWithoutEvidence() {
    open("/bukti.html?instansi=6521&year=2026", "bukti-latest");
    new Select(element("#filter-snapshot")).selectByValue("2026-06-15");
    browser.waitReady();
    assertThat(text("#ev-supported")).isEqualTo("1,00");
    assertThat(texts("#ev-todo tbody tr:not(.detail)")).hasSize(9);
    assertThat(text("#ev-todo")).doesNotContain("lewat tenggat");
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
    assertThat(text("#ev-index-cards")).contains("simulation, not an official value").contains("1.33");
  }
}
