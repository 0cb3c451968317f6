package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  private static final FrameworkCatalog CATALOG = CatalogLoader.load(SharedSpark.referenceDir());
  private final Configuration conf = new Configuration();
  @TempDir
  Path dir;

  private CollectingSink ingest(String fileName, String content) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, content);
    List<InputFile> files = new InputDiscovery(conf).discover(List.of(file.toString()), Optional.empty(), null);
    Ingestor ingestor = new Ingestor(CATALOG, new SourceOpener(conf), Progress.SILENT);
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(files, sink);
    return sink;
  }

  @Test
  void selfAssessmentBelowTitleRowsWithIndonesianHeadersAndLevelWordings() throws IOException {
    CollectingSink sink = ingest("penilaian-mandiri-2023.csv", """
        REKAPITULASI PENILAIAN MANDIRI SPBE;;;;
        Kabupaten Blitar - 2023;;;;
        ;;;;
        Tahun;Kode Instansi;Indikator;Tingkat Kematangan;OPD Pengampu
        2023;6521;I-1;3;Bappeda
        2023;6521;Indikator 32;Transaksi;BPKAD
        2023;6521;33;4 - Kolaborasi;BPKAD
        """);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("indicator_code"), r -> r.get("maturity_level"), r -> r.get("framework_id"),
            r -> r.get("source_row"))
        .containsExactly(tuple("1", 3, "PERMEN_59_2020", 5L), tuple("32", 3, "PERMEN_59_2020", 6L),
            tuple("33", 4, "PERMEN_59_2020", 7L));
  }

  /** docs/tables.md: these columns are nullable; a blank cell is nothing written, not an empty text. */
  @Test
  void blankOptionalTextOfAnAssessmentIsNoValueNotAnEmptyText() throws IOException {
    CollectingSink self = ingest("penilaian-mandiri-2023.csv", """
        tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu,penjelasan,data_dukung,keterangan
        2023,6521,1,3,Bappeda, , ,
        2023,6521,2,3,Bappeda,SK sudah terbit,SK.pdf,rapat 3 Mei
        """);
    assertThat(self.problems).isEmpty();
    List<java.util.Map<String, Object>> claimed = self.rows(FactTable.INDICATOR_ASSESSMENT);
    assertThat(claimed.get(0)).containsEntry("justification", null).containsEntry("evidence", null)
        .containsEntry("note", null);
    assertThat(claimed.get(1)).containsEntry("justification", "SK sudah terbit").containsEntry("evidence", "SK.pdf")
        .containsEntry("note", "rapat 3 Mei");

    CollectingSink official = ingest("hasil-resmi.csv", """
        tahun,kode_instansi,indikator,nilai,catatan_asesor,rekomendasi
        2023,6521,1,3, ,
        2023,6521,2,2,Belum ada SOP,Susun SOP
        """);
    assertThat(official.problems).isEmpty();
    List<java.util.Map<String, Object>> found = official.rows(FactTable.INDICATOR_ASSESSMENT);
    // an official result has no OPD column at all: absent is no value too
    assertThat(found.get(0)).containsEntry("assessor_note", null).containsEntry("recommendation", null)
        .containsEntry("opd_raw", null);
    assertThat(found.get(1)).containsEntry("assessor_note", "Belum ada SOP").containsEntry("recommendation", "Susun SOP")
        .containsEntry("opd_raw", null);
  }

  @Test
  void blankShortNameAliasAndProvinceOfTheListsAreNoValue() throws IOException {
    CollectingSink opd = ingest("opd.csv", """
        kode_instansi,kode_opd,nama_opd,singkatan,alias,keterangan
        6521,1.01,Dinas Komunikasi dan Informatika,,  ; ,
        6521,1.02,Badan Perencanaan Pembangunan Daerah,Bappeda,Bapelitbangda,dari SOTK
        """);
    assertThat(opd.problems).isEmpty();
    List<java.util.Map<String, Object>> opds = opd.rows(FactTable.OPD);
    assertThat(opds.get(0)).containsEntry("opd_short", null).containsEntry("opd_alias", null).containsEntry("note", null);
    assertThat(opds.get(1)).containsEntry("opd_short", "Bappeda").containsEntry("opd_alias", "Bapelitbangda")
        .containsEntry("note", "dari SOTK");

    CollectingSink instansi = ingest("instansi.csv", """
        kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,keterangan
        6521,Kabupaten Blitar,kabupaten,,,
        """);
    assertThat(instansi.problems).isEmpty();
    assertThat(instansi.rows(FactTable.INSTANSI)).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("province_code", null).containsEntry("province_name", null).containsEntry("note", null));
  }

  @Test
  void everyBadCellIsQuarantinedWithRowColumnValueAndReason() throws IOException {
    CollectingSink sink = ingest("penilaian-mandiri-2023.csv", """
        tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu
        2023,6521,48,3,KOMINFO
        2023,6521,12,6,KOMINFO
        2023,6521,13,Terdefinisi,
        2023,6521,14,3 - Optimum,KOMINFO
        2019,6521,40,3,KOMINFO
        2023,6521,15,3,KOMINFO
        """);
    assertThat(sink.problems)
        .extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(
            tuple(2L, "indikator", "48", ReasonCode.UNKNOWN_INDICATOR),
            tuple(3L, "tingkat_kematangan", "6", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(4L, "opd_pengampu", "", ReasonCode.MISSING_VALUE),
            tuple(5L, "tingkat_kematangan", "3 - Optimum", ReasonCode.LEVEL_NAME_MISMATCH),
            tuple(6L, "indikator", "40", ReasonCode.UNKNOWN_INDICATOR));
    assertThat(sink.problems.get(0).messageId()).isEqualTo("Indikator '48' tidak dikenal: tidak ada dalam PERMEN_59_2020 (indikator 1-47).");
    assertThat(sink.problems.get(0).messageEn()).isEqualTo("Indicator '48' is not known: not in PERMEN_59_2020 (indicators 1-47).");
    assertThat(sink.rows(FactTable.INDICATOR_ASSESSMENT)).singleElement()
        .satisfies(r -> assertThat(r.get("indicator_code")).isEqualTo("15"));
  }

  @Test
  void an2018ItemAndLevelZeroAreTakenUnder5of2018() throws IOException {
    CollectingSink sink = ingest("penilaian-mandiri-2019.csv", """
        tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu
        2019,6521,35-3,0,DINKES
        2019,6521,34-2,2,DINKES
        """);
    assertThat(sink.rows(FactTable.INDICATOR_ASSESSMENT)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("indicator_code", "35").containsEntry("item_no", 3)
            .containsEntry("maturity_level", 0).containsEntry("framework_id", "PERMEN_5_2018"));
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(ReasonCode.UNKNOWN_INDICATOR));
  }

  @Test
  void aNamedFrameworkMustCoverTheYear() throws IOException {
    CollectingSink sink = ingest("hasil-resmi.csv", """
        tahun,kode_instansi,kerangka,indikator,nilai
        2026,6521,PermenPANRB 59/2020,1,3
        2024,6521,59/2020,1,3
        """);
    assertThat(sink.problems).extracting(RowProblem::reason).containsExactly(ReasonCode.YEAR_FRAMEWORK_MISMATCH);
    assertThat(sink.rows(FactTable.INDICATOR_ASSESSMENT)).hasSize(1);
  }

  @Test
  void indexAndDomainRowsAreCarriedAsReportedValues() throws IOException {
    CollectingSink sink = ingest("hasil-resmi-indeks.csv", """
        tahun,kode_instansi,lingkup,kode,nilai
        2021,6521,indeks,,"2,76"
        2021,6521,domain,Domain 4,3.1
        2021,6521,domain,D9,3.1
        2021,6521,indeks,,5.2
        """);
    assertThat(sink.rows(FactTable.REPORTED_INDEX))
        .extracting(r -> r.get("scope"), r -> r.get("scope_code"), r -> ((BigDecimal) r.get("value")).toPlainString())
        .containsExactly(tuple("index", "", "2.76"), tuple("domain", "D4", "3.1"));
    assertThat(sink.problems).extracting(RowProblem::reason)
        .containsExactly(ReasonCode.UNKNOWN_SCOPE_CODE, ReasonCode.VALUE_OUT_OF_RANGE);
  }

  @Test
  void aMissingRequiredColumnStopsTheFileNamingWhatIsExpected() throws IOException {
    Path file = dir.resolve("penilaian-mandiri-2023.csv");
    Files.writeString(file, "tahun;indikator;tingkat_kematangan\n2023;1;3\n");
    List<InputFile> files = new InputDiscovery(conf).discover(List.of(file.toString()), Optional.empty(), null);
    Ingestor ingestor = new Ingestor(CATALOG, new SourceOpener(conf), Progress.SILENT);
    assertThatThrownBy(() -> ingestor.ingest(files, new CollectingSink()))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.code()).isEqualTo(FileProblemCode.MISSING_COLUMN);
              assertThat(p.file()).isEqualTo("penilaian-mandiri-2023.csv");
              assertThat(p.messageEn()).contains("kode_instansi");
            }));
  }

  @Test
  void aFileWhoseKindCannotBeToldIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("data-2023.csv");
    Files.writeString(file, "tahun\n2023\n");
    assertThatThrownBy(() -> new InputDiscovery(conf).discover(List.of(file.toString()), Optional.empty(), null))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.problems()).extracting(FileProblem::code).containsExactly(FileProblemCode.UNKNOWN_KIND));
  }
}
