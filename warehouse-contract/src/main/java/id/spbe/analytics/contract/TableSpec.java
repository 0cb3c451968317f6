package id.spbe.analytics.contract;

import java.util.List;

/** One published table as docs/tables.md specifies it: its keys and its columns, in their published order. */
public record TableSpec(String name, List<String> keys, List<ColumnSpec> columns) {

  public TableSpec {
    keys = List.copyOf(keys);
    columns = List.copyOf(columns);
  }
}
