package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.run.Progress;
import id.spbe.analytics.pipeline.staging.ParquetStagingWriter;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.facts.FactMerger;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.staging.StagedFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to staged rows when they meet each other and the published state: conflicting duplicates,
 * unknown instansi and OPD are refused by row, exactly those rows are kept out, and a new input replaces only
 * the slices (instansi, year, source) it brings. Runs the merge step alone, without computing or publishing.
 */
class MergeQuarantineTest {
  private static final String BAPPEDA = "bappeda/penilaian-mandiri-2025.csv";
  private static final String KOMINFO = "kominfo/penilaian-mandiri-2025.csv";
  private final SparkSession spark = SharedSpark.get();
  @TempDir
  Path dir;

  @Test
  void rowsRefusedAcrossFilesAreNamedByTheirOwnFileAndOnlyThoseAreKeptOut() throws IOException {
    write("instansi.csv", "kode_instansi,nama_instansi,jenis_instansi\n6521,Kabupaten Blitar,kabupaten\n");
    write("opd.csv", "kode_instansi,kode_opd,nama_opd,singkatan\n6521,BAPPEDA,Badan Perencanaan,Bappeda\n"
        + "6521,KOMINFO,Dinas Komunikasi dan Informatika,Diskominfo\n");
    String header = "tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu\n";
    write(BAPPEDA, header + "2025,6521,1,3,Bappeda\n2025,6521,2,4,Bappeda\n");
    write(KOMINFO, header + "2025,6521,3,4,Diskominfo\n2025,6521,1,4,Diskominfo\n2025,6521,4,3,Dinas Pariwisata\n"
        + "2025,9999,5,3,Diskominfo\n");
    FactMerger.Result result = merge(stage(dir), previous(null));

    assertThat(lines(result.rejections(), "source_file", "source_row", "column_name", "raw_value", "reason_code"))
        .containsExactlyInAnyOrder(
            BAPPEDA + "|2|tingkat_kematangan|3 / Bappeda|DUPLICATE_CONFLICT", // the key's values: level / OPD
            KOMINFO + "|3|tingkat_kematangan|4 / Diskominfo|DUPLICATE_CONFLICT",
            KOMINFO + "|4|opd_pengampu|Dinas Pariwisata|UNKNOWN_OPD",
            KOMINFO + "|5|kode_instansi|9999|UNKNOWN_INSTANSI");
    // the same row numbers in the other file are not refused with them: provenance is per file, not per name
    assertThat(lines(result.merged().get(FactTable.INDICATOR_ASSESSMENT), "source_file", "source_row",
        "indicator_code", "opd_code")).containsExactlyInAnyOrder(BAPPEDA + "|3|2|BAPPEDA", KOMINFO + "|2|3|KOMINFO");
    Row conflict = result.rejections().where("reason_code = 'DUPLICATE_CONFLICT'").orderBy("source_file").first();
    assertThat(conflict.<String>getAs("message_en")).isEqualTo("This row conflicts with another row for the same key: "
        + "instansi_code, year, source, indicator_code, item_no = 6521|2025|self_assessment|1|1 → "
        + BAPPEDA + " baris/row 2: 3 / Bappeda; " + KOMINFO + " baris/row 3: 4 / Diskominfo.");
  }

  /**
   * A row repeated with the same values (a table pasted twice) is kept once: the first by file and row, whatever
   * else it says, both when the session broadcasts the rows to drop and when it plans without broadcasts.
   */
  @Test
  void anIdenticalRepeatKeepsItsFirstRowByFileAndRow() throws IOException {
    write("instansi.csv", "kode_instansi,nama_instansi,jenis_instansi\n6521,Kabupaten Blitar,kabupaten\n");
    write("opd.csv", "kode_instansi,kode_opd,nama_opd,singkatan\n6521,KOMINFO,Dinas Komunikasi dan Informatika,Diskominfo\n");
    String header = "tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu,penjelasan\n";
    write("a/penilaian-mandiri-2025.csv", header + "2025,6521,2,4,Diskominfo,lain\n2025,6521,1,3,Diskominfo,pertama\n"
        + "2025,6521,1,3,Diskominfo,kedua\n");
    write("b/penilaian-mandiri-2025.csv", header + "2025,6521,1,3,Diskominfo,ketiga\n2025,6521,2,4,Diskominfo,keempat\n");
    Path staged = stage(dir);
    for (String threshold : List.of("1m", "-1")) {
      String before = spark.conf().get("spark.sql.autoBroadcastJoinThreshold");
      spark.conf().set("spark.sql.autoBroadcastJoinThreshold", threshold);
      try {
        FactMerger.Result result = merge(staged, previous(null));
        assertThat(result.rejections().count()).as(threshold).isZero();
        assertThat(lines(result.merged().get(FactTable.INDICATOR_ASSESSMENT), "source_file", "source_row",
            "indicator_code", "justification")).as(threshold).containsExactlyInAnyOrder(
                "a/penilaian-mandiri-2025.csv|2|2|lain", "a/penilaian-mandiri-2025.csv|3|1|pertama");
        assertThat(result.notes()).as(threshold).hasSize(2)
            .allSatisfy(note -> assertThat(note).startsWith("IDENTICAL_REPEAT indicator_assessment"));
      } finally {
        spark.conf().set("spark.sql.autoBroadcastJoinThreshold", before);
      }
    }
  }

  @Test
  void reingestingOneInstansiAndSourceReplacesExactlyThatSlice() throws IOException {
    Path first = Files.createDirectories(dir.resolve("first"));
    String header = "tahun,kode_instansi,indikator,tingkat_kematangan\n";
    Files.writeString(first.resolve("hasil-resmi-2025.csv"), header + "2025,6521,1,3\n2025,3505,1,2\n");
    Files.writeString(first.resolve("penilaian-mandiri-2025.csv"), "tahun,kode_instansi,indikator,tingkat_kematangan,"
        + "opd_pengampu\n2025,6521,1,4,Bappeda\n2025,3505,1,4,Bappeda\n");
    Files.writeString(first.resolve("hasil-resmi-2024.csv"), header + "2024,6521,1,2\n");
    FactMerger.Result published = merge(stage(first), previous(null));

    Path again = Files.createDirectories(dir.resolve("again"));
    Files.writeString(again.resolve("hasil-resmi-2025-revisi.csv"), header + "2025,6521,1,5\n2025,6521,2,5\n");
    FactMerger.Result next = merge(stage(again), previous(published));

    assertThat(lines(next.merged().get(FactTable.INDICATOR_ASSESSMENT), "instansi_code", "year", "source",
        "indicator_code", "maturity_level")).containsExactlyInAnyOrder(
            "6521|2025|official|1|5", "6521|2025|official|2|5", // the slice brought again: replaced whole
            "3505|2025|official|1|2", // another instansi, same year and source: kept
            "6521|2025|self_assessment|1|4", "3505|2025|self_assessment|1|4", // another source: kept
            "6521|2024|official|1|2"); // another year: kept
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Discover, read and stage as a run does, into a staging folder Spark reads. */
  private Path stage(Path input) throws IOException {
    Configuration conf = new Configuration();
    Path staging = Files.createTempDirectory(dir, "staging");
    List<InputFile> files = new InputDiscovery(conf).discover(List.of(input.toString()), Optional.empty(), null);
    Ingestor ingestor = new Ingestor(IngestRun.CATALOG, new SourceOpener(conf), Progress.SILENT);
    try (ParquetStagingWriter writer = new ParquetStagingWriter(new org.apache.hadoop.fs.Path(staging.toString()), conf)) {
      ingestor.ingest(files, writer);
      assertThat(writer.problemCount()).as("no row refused while reading").isZero();
    }
    return staging;
  }

  private FactMerger.Result merge(Path staging, Map<FactTable, Dataset<Row>> previous) {
    return FactMerger.merge(new StagedFacts.InFiles(new org.apache.hadoop.fs.Path(staging.toString())).facts(spark), previous);
  }

  /** The published facts as the next run reads them back: staged columns only. */
  private Map<FactTable, Dataset<Row>> previous(FactMerger.Result published) {
    if (published == null) {
      return id.spbe.analytics.pipeline.facts.PreviousFacts.read(spark, null);
    }
    Map<FactTable, Dataset<Row>> previous = new EnumMap<>(FactTable.class);
    published.merged().forEach((table, rows) -> previous.put(table, rows.select(
        table.stagedColumns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new)).localCheckpoint()));
    return previous;
  }

  private static List<String> lines(Dataset<Row> rows, String... columns) {
    return rows.collectAsList().stream().map(r -> {
      StringBuilder line = new StringBuilder();
      for (String c : columns) {
        Object value = r.getAs(c);
        // a whole level published as decimal(5,2) reads 2, as the input wrote it
        line.append(line.isEmpty() ? "" : "|").append(value instanceof java.math.BigDecimal d
            ? d.stripTrailingZeros().toPlainString() : value);
      }
      return line.toString();
    }).toList();
  }
}
