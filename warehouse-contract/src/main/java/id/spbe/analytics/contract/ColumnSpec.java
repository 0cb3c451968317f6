package id.spbe.analytics.contract;

/**
 * One column of a published table as docs/tables.md lists it: its name, its Spark SQL type as Spark prints it
 * ({@code string}, {@code int}, {@code decimal(6,4)}, ...) and whether it may be null.
 */
public record ColumnSpec(String name, String type, boolean nullable) {}
