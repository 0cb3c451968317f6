package id.spbe.analytics.pipeline.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a generation wrote: the instansi per kind, the files, and the rows written wrong on purpose. */
public record GenerationSummary(Path outputDir, Map<InstansiKind, Integer> instansi, List<GeneratedFile> files,
    BadRows badRows) {

  public long rows() {
    return files.stream().mapToLong(GeneratedFile::rows).sum();
  }

  public long bytes() {
    return files.stream().mapToLong(GeneratedFile::bytes).sum();
  }

  public int instansiTotal() {
    return instansi.values().stream().mapToInt(Integer::intValue).sum();
  }
}
