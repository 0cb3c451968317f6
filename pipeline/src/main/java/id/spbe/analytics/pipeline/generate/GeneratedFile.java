package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.ingest.InputKind;
import java.util.List;

/**
 * A file the generator wrote, as the manifest lists it for readers that do not sniff formats (the DuckDB
 * reference of the benchmark).
 *
 * @param path below the output folder, with extension, '/' separated
 * @param headerRow the row (1-based, as Excel counts) holding the column names
 * @param fields the pipeline field of each column, in order (the field's Indonesian header name)
 * @param rows data rows written, bad ones included
 */
public record GeneratedFile(String path, InputKind kind, Dialect dialect, int headerRow, List<String> fields,
    long rows, long bytes, BadRows badRows) {}
