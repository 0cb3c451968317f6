package id.spbe.analytics.dashboard.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one prepared statement with bound parameters and maps each row; the only way queries touch JDBC. */
public final class Rows {
  private Rows() {}

  @FunctionalInterface
  public interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public static <T> List<T> list(Connection connection, String sql, Mapper<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  /** An INTEGER column that may be NULL. */
  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
