package id.spbe.analytics.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The instansi the published state knows, for the selector and for validating the {@code instansi} parameter. */
public final class InstansiQueries {
  private InstansiQueries() {}

  /**
   * One instansi with results.
   *
   * @param hasIllustrativeData some of its published results are built from sample data (is_illustrative): every
   *     export and report of it says so
   */
  public record Instansi(String instansiCode, String instansiName, String instansiKind, String provinceName,
      boolean hasIllustrativeData) {}

  /** Instansi with results, named from the instansi list when loaded, else by code. */
  public static List<Instansi> withResults(Connection c) throws SQLException {
    return Rows.list(c, NamedQuery.INSTANSI_WITH_RESULTS.sql(), rs -> new Instansi(rs.getString("instansi_code"),
        rs.getString("instansi_name"),
        rs.getString("instansi_kind"), rs.getString("province_name"), rs.getBoolean("has_illustrative_data")));
  }
}
