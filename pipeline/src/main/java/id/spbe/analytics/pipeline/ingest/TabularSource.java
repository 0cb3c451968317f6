package id.spbe.analytics.pipeline.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Rows of one sheet or file from the very top, title rows included; the header is found later. */
public interface TabularSource extends Closeable {

  /** The sheet name for workbooks, empty for CSV and JSON. */
  String sheetName();

  Iterator<RawRow> rows();

  /** How the content was actually read, whatever the file's extension claims. */
  InputFormat format();

  /** Sheets to look for the header in when this one has none and the planner named no sheet. */
  default List<String> otherSheets() {
    return List.of();
  }
}
