package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.ingest.InputKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one pipeline run needs, built by the CLI from flags and environment.
 *
 * @param inputs files or folders (local paths or Hadoop URIs) to ingest
 * @param warehouse where versions are published (local path or Hadoop URI)
 * @param referenceDir the framework catalogs ({@code data/reference})
 * @param kind forces every input to this kind instead of reading it from file names
 * @param sheet the workbook sheet to read; the first visible sheet when null
 * @param publishValidRows publish the accepted rows even when some rows were quarantined
 * @param dryRun validate and compute, print the summary, write nothing
 * @param keepVersions how many published versions to keep for rollback
 * @param year {@code --tahun}: the year of files stating it in no column, before their titles and names; or null
 * @param instansi {@code --instansi}: a kode instansi or name, likewise; or null
 */
public record RunConfig(
    List<String> inputs,
    String warehouse,
    Path referenceDir,
    Optional<InputKind> kind,
    String sheet,
    boolean publishValidRows,
    boolean dryRun,
    int keepVersions,
    Integer year,
    String instansi) {

  public RunConfig {
    inputs = List.copyOf(inputs);
    if (keepVersions < 1) {
      throw new IllegalArgumentException("--keep-versions must be at least 1, was " + keepVersions);
    }
  }

  public RunConfig(List<String> inputs, String warehouse, Path referenceDir, Optional<InputKind> kind, String sheet,
      boolean publishValidRows, boolean dryRun, int keepVersions) {
    this(inputs, warehouse, referenceDir, kind, sheet, publishValidRows, dryRun, keepVersions, null, null);
  }
}
