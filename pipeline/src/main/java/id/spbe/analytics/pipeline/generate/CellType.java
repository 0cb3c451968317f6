package id.spbe.analytics.pipeline.generate;

/** How a column's values are written; each {@link Dialect} renders them its own way. */
public enum CellType {
  TEXT, CODE, INTEGER, DECIMAL, DATE, FLAG, LEVEL, INDICATOR
}
