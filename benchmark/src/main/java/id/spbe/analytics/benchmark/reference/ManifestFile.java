package id.spbe.analytics.benchmark.reference;

import java.util.List;

/**
 * A generated file as the generator's {@code _manifest.json} describes it.
 *
 * @param path below the set's folder
 * @param kind the pipeline's input kind id, e.g. self_assessment
 * @param dialect ID_CSV, EN_CSV or XLSX
 * @param headerRow the row holding the column names (1-based)
 * @param fields each column's field, in order (the field's Indonesian header name, e.g. tingkat_kematangan)
 */
public record ManifestFile(String path, String kind, String dialect, int headerRow, List<String> fields) {

  public boolean isWorkbook() {
    return dialect.equals("XLSX");
  }
}
