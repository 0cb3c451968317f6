package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.ingest.Field;

/**
 * A generated column: the pipeline field it fills, its header as an Indonesian planner types it and as an
 * English template names it (both among the field's aliases), and how its values are written.
 */
public record Column(Field field, String indonesian, String english, CellType type) {

  public Column {
    for (String header : new String[] {indonesian, english}) {
      if (!field.aliases().contains(Field.normalizeHeader(header))) {
        throw new IllegalArgumentException("header '" + header + "' is not an alias of " + field);
      }
    }
  }
}
