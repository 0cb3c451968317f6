package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.generate.GenerationSummary;
import id.spbe.analytics.pipeline.generate.Generator;
import id.spbe.analytics.pipeline.generate.GeneratorConfig;
import id.spbe.analytics.pipeline.generate.GeneratorConfig.InstansiCounts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {
    "Write an illustrative national-scale set of input files (instansi, OPD, RPJMD targets, owners, deadlines,",
    "official results, self-assessments) in the ingestion formats, for load tests and demos. Same seed, same bytes.",
    "Example: spbe-pipeline generate --output target/national --scale 1 --seed 42"})
final class GenerateCommand implements Callable<Integer> {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--out", "--output"}, required = true, paramLabel = "DIR", description = "New or empty folder to write into.")
  Path output;

  @Option(names = "--seed", defaultValue = "20261128", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--scale", defaultValue = "1", paramLabel = "X",
      description = "Multiplies every instansi count: 1 is national (about 630 instansi), 10 ten times that (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--provinsi", defaultValue = "38", description = "Provinces before scaling (default: ${DEFAULT-VALUE}).")
  int provinsi;

  @Option(names = "--kabupaten", defaultValue = "416", description = "Regencies before scaling (default: ${DEFAULT-VALUE}).")
  int kabupaten;

  @Option(names = "--kota", defaultValue = "98", description = "Cities before scaling (default: ${DEFAULT-VALUE}).")
  int kota;

  @Option(names = "--pusat", defaultValue = "80", description = "Instansi pusat before scaling (default: ${DEFAULT-VALUE}).")
  int pusat;

  @Option(names = "--years", defaultValue = "2018-2026", paramLabel = "FROM-TO",
      description = "Evaluation years (default: ${DEFAULT-VALUE}).")
  String years;

  @Option(names = "--bad-rows", defaultValue = "0.002", paramLabel = "SHARE",
      description = "Share of assessment rows written wrong on purpose (default: ${DEFAULT-VALUE}).")
  double badRows;

  @Option(names = "--xlsx-share", defaultValue = "0.1", paramLabel = "SHARE",
      description = "Share of files written as Excel workbooks (default: ${DEFAULT-VALUE}).")
  double xlsxShare;

  @Option(names = "--utf8-share", defaultValue = "0.15", paramLabel = "SHARE",
      description = "Share of files written as UTF-8 CSV with ',' (default: ${DEFAULT-VALUE}); the rest are ';' CSV with decimal comma.")
  double utf8Share;

  @Option(names = {"-r", "--reference"}, defaultValue = "${env:SPBE_REFERENCE}", paramLabel = "DIR",
      description = "Framework catalogs (default: $SPBE_REFERENCE, else the catalogs inside the jar).")
  Path reference;

  @Override
  public Integer call() {
    Matcher range = YEARS.matcher(years.trim());
    if (!range.matches()) {
      throw new IllegalArgumentException("--years must look like 2018-2026, was '" + years + "'");
    }
    GeneratorConfig config = new GeneratorConfig(output, seed, scale,
        new InstansiCounts(provinsi, kabupaten, kota, pusat), Integer.parseInt(range.group(1)),
        Integer.parseInt(range.group(2)), badRows, xlsxShare, utf8Share);
    long start = System.nanoTime();
    GenerationSummary summary = Generator.generate(config, CatalogLoader.load(referenceFolder()),
        message -> spec.commandLine().getErr().printf("· %6.1fs %s%n", (System.nanoTime() - start) / 1e9, message));
    spec.commandLine().getOut().printf("Generated %d instansi %s: %d files, %d rows, %.1f MB in %s (%.1f s)%n",
        summary.instansiTotal(), summary.instansi(), summary.files().size(), summary.rows(), summary.bytes() / 1e6,
        output, (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().printf("Rows written wrong on purpose: %s; rows the pipeline should quarantine: %d%n",
        summary.badRows().byReason(), summary.badRows().rejectedRows());
    return ExitCodes.OK;
  }

  /** The folder named by --reference or $SPBE_REFERENCE, else the catalogs the jar carries. */
  private Path referenceFolder() {
    return reference != null ? reference : id.spbe.analytics.pipeline.catalog.BundledReference.folder();
  }
}
