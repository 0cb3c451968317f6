package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.run.Progress;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactTable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/** The ingest layer end to end without Spark: discover, read and stage into memory. */
final class IngestRun {
  static final FrameworkCatalog CATALOG = CatalogLoader.load(SharedSpark.referenceDir());

  final CollectingSink sink = new CollectingSink();
  final List<FileSummary> files;

  private IngestRun(String sheet, List<String> inputs) {
    this(sheet, inputs, null, null, List.of());
  }

  private IngestRun(String sheet, List<String> inputs, Integer year, String instansi,
      List<FileContextLocator.KnownInstansi> published) {
    Configuration conf = new Configuration();
    InputDiscovery.Discovery discovered = new InputDiscovery(conf).scan(inputs, Optional.empty(), sheet);
    Ingestor ingestor = new Ingestor(CATALOG, new SourceOpener(conf), Progress.SILENT, year, instansi, () -> published);
    files = ingestor.ingest(discovered, sink);
  }

  /** As {@code run --tahun YEAR --instansi INSTANSI} over a warehouse that publishes {@code published}. */
  static IngestRun withOptions(Integer year, String instansi, List<FileContextLocator.KnownInstansi> published,
      Path... inputs) {
    return new IngestRun(null, Stream.of(inputs).map(Path::toString).toList(), year, instansi, published);
  }

  static IngestRun of(Path... inputs) {
    return withSheet(null, inputs);
  }

  static IngestRun withSheet(String sheet, Path... inputs) {
    return new IngestRun(sheet, Stream.of(inputs).map(Path::toString).toList());
  }

  static Path fixture(String name) {
    try {
      return Path.of(IngestRun.class.getResource("/fixtures/ingest/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }

  List<Map<String, Object>> rows(FactTable table) {
    return sink.rows(table);
  }

  List<RowProblem> problems() {
    return sink.problems;
  }

  FileSummary file(String name) {
    return files.stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }
}
