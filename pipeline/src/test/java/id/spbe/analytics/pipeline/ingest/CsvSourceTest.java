package id.spbe.analytics.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

  @Test
  void excelIndonesianCsvWithBomSemicolonAndDecimalComma() throws IOException {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "tahun;kode_instansi;nilai\n2021;6521;2,76\n".getBytes(StandardCharsets.UTF_8));
    try (CsvSource csv = CsvSource.open(() -> new ByteArrayInputStream(bytes))) {
      assertThat(csv.separator()).isEqualTo(';');
      assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(rows(csv)).containsExactly(List.of("tahun", "kode_instansi", "nilai"), List.of("2021", "6521", "2,76"));
    }
  }

  @Test
  void windows1252IsDetectedWhenTheBytesAreNotUtf8() throws IOException {
    byte[] bytes = "opd;penjelasan\nDinas;Sudah diterapkan – lengkap é\n".getBytes(Charset.forName("windows-1252"));
    try (CsvSource csv = CsvSource.open(() -> new ByteArrayInputStream(bytes))) {
      assertThat(csv.charset().name()).isEqualTo("windows-1252");
      assertThat(rows(csv).get(1).get(1)).isEqualTo("Sudah diterapkan – lengkap é");
    }
  }

  @Test
  void quotedCellsKeepSeparatorsAndLineBreaksAndRowNumbersFollowExcel() throws IOException {
    String text = "indikator,penjelasan\n1,\"Perbup 12, pasal 3\nberlaku\"\n2,ok\n";
    try (CsvSource csv = CsvSource.open(() -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(csv.separator()).isEqualTo(',');
      List<RawRow> all = new ArrayList<>();
      csv.rows().forEachRemaining(all::add);
      assertThat(all.get(1).cell(1)).isEqualTo("Perbup 12, pasal 3\nberlaku");
      assertThat(all.get(2).rowNumber()).isEqualTo(3);
    }
  }

  @Test
  void utf16WithBom() throws IOException {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "tahun\tnilai\n2021\t2,76\n".getBytes(StandardCharsets.UTF_16LE));
    try (CsvSource csv = CsvSource.open(() -> new ByteArrayInputStream(bytes))) {
      assertThat(csv.separator()).isEqualTo('\t');
      assertThat(rows(csv).get(1)).containsExactly("2021", "2,76");
    }
  }

  private static List<List<String>> rows(CsvSource csv) {
    List<List<String>> out = new ArrayList<>();
    csv.rows().forEachRemaining(r -> out.add(r.cells()));
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
