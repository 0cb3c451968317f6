package id.spbe.analytics.dashboard.api;

import static id.spbe.analytics.dashboard.api.ReportApiTest.count;
import static id.spbe.analytics.dashboard.api.ReportApiTest.pages;
import static id.spbe.analytics.dashboard.api.ReportApiTest.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RPJMD review PDF in states the bundled sample cannot produce, over the hand-written warehouse. */
class ReportFixtureApiTest extends FixtureApiTest {

  // the sample's plan raises no indicator already at its target (all six are below it)
  @Test
  void theBodyListsOnlyTheIndicatorsBelowTargetAndTheAnnexEveryOne() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id")));
    assertThat(all).contains("Hanya indikator di bawah target yang diberikan (7 dari 10); semua indikator ada di "
        + "Lampiran.").contains("Lampiran: semua indikator (2025)");
    // indicator 2 is at its target and in no plan step: once, in the annex, not in the body
    assertThat(count(all, "Tingkat Kematangan Kebijakan Internal Peta Rencana")).isEqualTo(1);
    // indicator 32 is below target: in the body, the plan (step 2) and the annex
    assertThat(count(all, "Tingkat Kematangan Layanan Perencanaan")).isEqualTo(3);
    // 42 is at its target but raised by the plan's step 1: the plan and the annex, not the body
    assertThat(count(all, "Tingkat Kematangan Layanan Pengaduan Pelayanan Publik")).isEqualTo(2);
  }

  // every sample indicator has a target: 2025 from target-level-indikator.csv, 2026 the RPJMD's 2,50 rounded up
  @Test
  void theReportShowsNoTargetThatWasNotGiven() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2026&lang=id")));
    // aspect A1 and indicator 1 have no given target: said so, never the framework's top level as a target
    assertThat(all).contains("Target level indikator").containsPattern("Manajemen ?15,00 ?– ?3,00 ?belum ada target")
        .containsPattern("Tata Kelola Pemerintah Digital ?KOMINFO ?[^K]{0,20}belum ada target");
    assertThat(String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id"))))
        .as("the domain and aspect tables' target is the indicators' target level, not the RPJMD target")
        .contains("Target level indikator");
  }

  // the sample has an official 2026 Pemdi index (1,94) and a target re-stated on its scale
  @Test
  void aYearWithoutAnOfficialIndexSaysSo() throws IOException {
    List<String> pages = pages(pdf("instansi=6521&year=2026&lang=id"));
    assertThat(pages.get(0)).contains("Belum ada indeks resmi untuk 2026")
        .contains("belum dikonversi ke skala Indeks Pemdi; jarak tidak dihitung")
        .doesNotContain("INDEKS_PEMDI");
    // Pasal 11 PermenPANRB 8/2026: the SPBE target's predikat-band equivalent, offered as a suggestion only
    assertThat(String.join(" ", pages).replaceAll("\\s+", " ")).contains("Saran setara predikat")
        .contains("3,50 (Sangat Baik); hanya saran, bukan target");
  }
}
