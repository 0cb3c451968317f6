package id.spbe.analytics.dashboard.export;

/** How a column's values are written: XLSX cells get the matching cell type, CSV the matching notation. */
public enum ColumnType {
  /** free text, neutralised against formula injection */
  TEXT,
  /** a code from a fixed set (official, over, ...): written in the chosen language when a text exists for it */
  CODE,
  INTEGER,
  /**
   * an indicator's number: a number cell in XLSX where it is one, so that Excel sorts 1, 2, ... 10 (not 1, 10, 2),
   * else text (the 5/2018 items, 35-2); as written in CSV
   */
  INDICATOR,
  /** a decimal with the column's number of decimals, in the language's notation in CSV */
  DECIMAL,
  DATE,
  TIMESTAMP,
  BOOLEAN
}
