package id.spbe.analytics.dashboard.export;

/** How a column's values are written: XLSX cells get the matching cell type, CSV the matching notation. */
public enum ColumnType {
  /** free text, neutralised against formula injection */
  TEXT,
  /** a code from a fixed set (official, over, ...): written in the chosen language when a text exists for it */
  CODE,
  INTEGER,
  /** a decimal with the column's number of decimals, in the language's notation in CSV */
  DECIMAL,
  DATE,
  TIMESTAMP,
  BOOLEAN
}
