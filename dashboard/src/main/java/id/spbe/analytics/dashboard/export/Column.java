package id.spbe.analytics.dashboard.export;

import java.util.function.Function;

/**
 * One exported column of rows of type {@code T}.
 *
 * @param headerKey the i18n key of its header (the page's column heading)
 * @param scale decimals shown, for {@link ColumnType#DECIMAL}
 */
public record Column<T>(String headerKey, ColumnType type, int scale, Function<T, Object> value) {

  public static <T> Column<T> text(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.TEXT, 0, value);
  }

  public static <T> Column<T> code(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.CODE, 0, value);
  }

  public static <T> Column<T> indicator(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.INDICATOR, 0, value);
  }

  public static <T> Column<T> integer(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.INTEGER, 0, value);
  }

  public static <T> Column<T> decimal(String headerKey, int scale, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.DECIMAL, scale, value);
  }

  public static <T> Column<T> date(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.DATE, 0, value);
  }

  public static <T> Column<T> timestamp(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.TIMESTAMP, 0, value);
  }

  public static <T> Column<T> bool(String headerKey, Function<T, Object> value) {
    return new Column<>(headerKey, ColumnType.BOOLEAN, 0, value);
  }
}
