package id.spbe.analytics.pipeline.ingest;

import java.io.Closeable;
import java.util.Iterator;

/** Rows of one sheet or file from the very top, title rows included; the header is found later. */
public interface TabularSource extends Closeable {

  /** The sheet name for workbooks, empty for CSV and JSON. */
  String sheetName();

  Iterator<RawRow> rows();
}
