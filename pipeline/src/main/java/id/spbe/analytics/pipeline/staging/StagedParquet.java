package id.spbe.analytics.pipeline.staging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Staged rows as Parquet, in the types Spark's own writer uses for the staged schema, so Spark reads them back
 * with that schema (typed, column by column) instead of parsing JSON text. The staged schemas hold strings, ints,
 * bigints, booleans, dates and decimals of at most 9 digits; any other type is a bug and refused when the writer opens.
 */
final class StagedParquet {
  private StagedParquet() {}

  static MessageType schema(String name, StructType struct) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : struct.fields()) {
      DataType type = field.dataType();
      if (type instanceof StringType) {
        message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(field.name());
      } else if (type instanceof IntegerType) {
        message.optional(PrimitiveTypeName.INT32).named(field.name());
      } else if (type instanceof LongType) {
        message.optional(PrimitiveTypeName.INT64).named(field.name());
      } else if (type instanceof BooleanType) {
        message.optional(PrimitiveTypeName.BOOLEAN).named(field.name());
      } else if (type instanceof DateType) {
        message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(field.name());
      } else if (type instanceof DecimalType d && d.precision() <= 9) {
        message.optional(PrimitiveTypeName.INT32)
            .as(LogicalTypeAnnotation.decimalType(d.scale(), d.precision())).named(field.name());
      } else {
        throw new IllegalStateException("No staged Parquet type for " + name + "." + field.name() + " " + type.sql());
      }
    }
    return message.named(name);
  }

  /** Writes Spark rows of one staged schema; a null value is an absent optional field. */
  static final class RowWriteSupport extends WriteSupport<Row> {
    private final StructType struct;
    private final MessageType schema;
    private RecordConsumer consumer;

    RowWriteSupport(StructType struct, MessageType schema) {
      this.struct = struct;
      this.schema = schema;
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
      return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
      consumer.startMessage();
      StructField[] fields = struct.fields();
      for (int i = 0; i < fields.length; i++) {
        if (!row.isNullAt(i)) {
          consumer.startField(fields[i].name(), i);
          writeValue(fields[i], row.get(i));
          consumer.endField(fields[i].name(), i);
        }
      }
      consumer.endMessage();
    }

    private void writeValue(StructField field, Object value) {
      DataType type = field.dataType();
      if (type instanceof StringType) {
        consumer.addBinary(Binary.fromConstantByteArray(((String) value).getBytes(StandardCharsets.UTF_8)));
      } else if (type instanceof IntegerType) {
        consumer.addInteger((Integer) value);
      } else if (type instanceof LongType) {
        consumer.addLong((Long) value);
      } else if (type instanceof BooleanType) {
        consumer.addBoolean((Boolean) value);
      } else if (type instanceof DateType) {
        consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
      } else {
        consumer.addInteger(unscaled(field, (DecimalType) type, (BigDecimal) value));
      }
    }

    /** Rounded half up to the column's scale, as Spark does when it takes a BigDecimal into a decimal column. */
    private static int unscaled(StructField field, DecimalType type, BigDecimal value) {
      BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
      if (scaled.precision() > type.precision()) {
        throw new IllegalStateException(field.name() + " " + type.sql() + " cannot hold " + value);
      }
      return scaled.unscaledValue().intValueExact();
    }
  }
}
