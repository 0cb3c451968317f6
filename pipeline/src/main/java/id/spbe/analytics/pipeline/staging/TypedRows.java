package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A staged row as Spark's external row of the table's staged schema ({@link FactTable#stagedSchemaDdl}): the value
 * types the readers put in (Integer, BigDecimal, LocalDate, ...) made exactly those the schema names, as Spark's own
 * conversion of those rows would (they are held in memory, or written as typed Parquet by {@link ParquetStagingWriter}).
 */
final class TypedRows {
  private TypedRows() {}

  static Row fact(FactTable table, Map<String, Object> values, RowOrigin origin) {
    List<FactTable.Column> columns = table.stagedColumns();
    Object[] fields = new Object[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      FactTable.Column column = columns.get(i);
      fields[i] = switch (column.name()) {
        case "source_file" -> origin.fileName();
        case "source_sheet" -> origin.sheet();
        case "source_row" -> origin.rowNumber();
        default -> as(column.sqlType(), values.get(column.name()), table, column.name());
      };
    }
    return RowFactory.create(fields);
  }

  static Row problem(RowProblem p) {
    return RowFactory.create(p.file(), p.sheet(), p.rowNumber(), p.column(), p.rawValue(), p.reason().name(),
        p.messageId(), p.messageEn());
  }

  static Object as(String sqlType, Object value, FactTable table, String column) {
    if (value == null) {
      return null;
    }
    Object typed = switch (sqlType.startsWith("decimal") ? "decimal" : sqlType) {
      case "string" -> value instanceof String ? value : String.valueOf(value);
      case "int" -> value instanceof Number n ? (Object) Math.toIntExact(n.longValue()) : null;
      case "bigint" -> value instanceof Number n ? (Object) n.longValue() : null;
      case "boolean" -> value instanceof Boolean ? value : null;
      case "date" -> value instanceof LocalDate ? value : value instanceof String s ? LocalDate.parse(s) : null;
      case "decimal" -> value instanceof BigDecimal ? value
          : value instanceof Number n ? new BigDecimal(n.toString()) : null;
      default -> throw new IllegalStateException("No staged type " + sqlType + " for " + table.tableName() + "." + column);
    };
    if (typed == null) {
      // a reader put in a value its column cannot hold: a bug in the reader, not the planner's input
      throw new IllegalStateException(table.tableName() + "." + column + " (" + sqlType + ") was given "
          + value.getClass().getSimpleName() + " " + value);
    }
    return typed;
  }
}
