package id.spbe.analytics.pipeline.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code _manifest.json} (what each file holds, for programs; the pipeline skips names starting with '_')
 * and a README.md saying the set is made up. Neither carries a time stamp: the same seed gives the same bytes.
 */
final class ManifestWriter {
  static final String MANIFEST = "_manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestWriter() {}

  static void write(GeneratorConfig config, GenerationSummary summary) {
    try {
      Files.write(config.outputDir().resolve(MANIFEST), JSON.writeValueAsBytes(manifest(config, summary)));
      Files.writeString(config.outputDir().resolve("README.md"), readme(config, summary), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest in " + config.outputDir(), e);
    }
  }

  private static Map<String, Object> manifest(GeneratorConfig config, GenerationSummary summary) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("illustrative", true);
    m.put("settings", settings(config));
    Map<String, Object> instansi = new LinkedHashMap<>();
    summary.instansi().forEach((kind, n) -> instansi.put(kind.label(), n));
    m.put("instansi", instansi);
    m.put("rows", summary.rows());
    m.put("bytes", summary.bytes());
    m.put("bad_rows", badRows(summary.badRows()));
    m.put("expected_rejected_rows", summary.badRows().rejectedRows());
    List<Map<String, Object>> files = new ArrayList<>();
    for (GeneratedFile f : summary.files()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", f.path());
      file.put("kind", f.kind().id());
      file.put("dialect", f.dialect().name());
      file.put("header_row", f.headerRow());
      file.put("fields", f.fields());
      file.put("rows", f.rows());
      file.put("bytes", f.bytes());
      file.put("bad_rows", badRows(f.badRows()));
      files.add(file);
    }
    m.put("files", files);
    return m;
  }

  private static Map<String, Object> settings(GeneratorConfig config) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("seed", config.seed());
    s.put("scale", config.scale());
    Map<String, Object> counts = new LinkedHashMap<>(); // not Map.of: its order changes from one JVM to the next
    for (InstansiKind kind : InstansiKind.values()) {
      counts.put(kind.label(), config.counts().of(kind));
    }
    s.put("counts_before_scale", counts);
    s.put("years", config.yearFrom() + "-" + config.yearTo());
    s.put("bad_row_rate", config.badRowRate());
    s.put("xlsx_share", config.xlsxShare());
    s.put("utf8_share", config.utf8Share());
    return s;
  }

  private static Map<String, Object> badRows(BadRows bad) {
    Map<String, Object> out = new LinkedHashMap<>();
    bad.byReason().forEach((reason, n) -> out.put(reason.name(), n));
    return out;
  }

  private static String readme(GeneratorConfig config, GenerationSummary summary) {
    return """
        # ILUSTRATIF: generated SPBE input files

        Every value here is made up by `spbe-pipeline generate` (seed %d, scale %s, years %d-%d) to exercise the
        pipeline at scale: %d instansi, %d files, %d data rows. Nothing here is an instansi's real result; every
        row carries `ilustratif = ya` (or a note saying so). Province names and codes are real; regency, city and
        ministry names are invented.

        - `daftar/`: instansi list, OPD lists, RPJMD targets, self-assessment deadlines, effort per level raise.
        - `<year>/`: penilaian mandiri, hasil resmi (indicator levels, or only the index for some years), OPD
          pengampu, and per-indicator targets in a framework's last year. Run one year folder alone to re-ingest it.
        - %d rows are deliberately wrong (%s); the pipeline should quarantine %d rows for them.
        - `_manifest.json` lists every file with its kind, dialect and columns.
        """.formatted(config.seed(), config.scale(), config.yearFrom(), config.yearTo(), summary.instansiTotal(),
        summary.files().size(), summary.rows(), summary.badRows().byReason().values().stream().mapToLong(Long::longValue).sum(),
        summary.badRows().byReason(), summary.badRows().rejectedRows());
  }
}
