package id.spbe.analytics.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A published warehouse written with DuckDB instead of Spark, in the layout and types of docs/tables.md, so the
 * dashboard's tests need no Spark. Each table is a SELECT producing the rows.
 */
public final class WarehouseFixture {
  private final Path root;

  public WarehouseFixture(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code sql}'s result as {@code versions/<version>/<table>/part-00000.parquet}. */
  public WarehouseFixture table(String version, String table, String sql) {
    Path dir = root.resolve("versions").resolve(version).resolve(table);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      Files.createDirectories(dir);
      s.execute("copy (" + sql + ") to '" + dir.resolve("part-00000.parquet") + "' (format parquet)");
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("fixture table " + table + ": " + e.getMessage(), e);
    }
    return this;
  }

  public WarehouseFixture publish(String version) {
    try {
      Files.writeString(root.resolve("CURRENT"), version + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** The Blitar figures the Ringkasan view needs, with the reference tables. */
  public WarehouseFixture blitar(String version, String official2021) {
    return table(version, "instansi", """
            select '6521' as instansi_code, 'Kabupaten Blitar' as instansi_name, 'kabupaten' as instansi_kind,
                   '35' as province_code, 'Jawa Timur' as province_name
            """)
        .table(version, "framework", """
            select * from (values
              ('PERMEN_5_2018', 'Indeks SPBE', 'INDEKS_SPBE', 2018, 2019, 'single_source'),
              ('PERMEN_59_2020', 'Indeks SPBE', 'INDEKS_SPBE', 2020, 2025, 'verified'),
              ('PEMDI_2026', 'Indeks Pemdi', 'INDEKS_PEMDI', 2026, null, 'provisional'))
              t(framework_id, index_name, index_scale, year_from, year_to, status)
            """)
        .table(version, "predikat_band", """
            select framework_id, predikat, predikat_en, cast(lower_inclusive as decimal(4,2)) as lower_inclusive,
                   cast(upper_exclusive as decimal(4,2)) as upper_exclusive
            from (values ('PERMEN_59_2020', 'Kurang', 'Poor', 1.0, 1.8), ('PERMEN_59_2020', 'Cukup', 'Fair', 1.8, 2.6),
                         ('PERMEN_59_2020', 'Baik', 'Good', 2.6, 3.5), ('PERMEN_59_2020', 'Sangat Baik', 'Very good', 3.5, 4.2),
                         ('PERMEN_59_2020', 'Memuaskan', 'Excellent', 4.2, null))
              t(framework_id, predikat, predikat_en, lower_inclusive, upper_exclusive)
            """)
        .table(version, "instansi_index", """
            select '6521' as instansi_code, year, framework_id, 'Indeks SPBE' as index_name, 'INDEKS_SPBE' as index_scale,
                   source, cast(index_value as decimal(5,2)) as index_value, predikat, predikat_en, basis,
                   false as is_partial, false as is_illustrative
            from (values (2018, 'PERMEN_5_2018', 'official', 2.14, 'Cukup', 'Fair', 'reported'),
                         (2019, 'PERMEN_5_2018', 'official', 2.9, 'Baik', 'Good', 'reported'),
                         (2021, 'PERMEN_59_2020', 'official', %s, 'Baik', 'Good', 'reported'),
                         (2020, 'PERMEN_59_2020', 'self_assessment', 3.7, 'Sangat Baik', 'Very good', 'reported'))
              t(year, framework_id, source, index_value, predikat, predikat_en, basis)
            """.formatted(official2021))
        .table(version, "rpjmd_target", """
            select '6521' as instansi_code, year, cast(target_index as decimal(6,3)) as target_index, '2021-2026' as rpjmd_period,
                   index_scale, false as is_illustrative
            from (values (2021, 2.75, 'INDEKS_SPBE'), (2023, 3.5, 'INDEKS_SPBE'), (2026, 3.5, 'INDEKS_SPBE'))
              t(year, target_index, index_scale)
            """);
  }
}
