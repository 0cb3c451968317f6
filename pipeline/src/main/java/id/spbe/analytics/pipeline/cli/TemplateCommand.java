package id.spbe.analytics.pipeline.cli;

import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.ingest.InputFormat;
import id.spbe.analytics.pipeline.ingest.InputKind;
import id.spbe.analytics.pipeline.ingest.InputTemplate;
import id.spbe.analytics.pipeline.ingest.TemplateWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", description = {
    "Write fill-in templates (CSV and/or XLSX) for the input kinds; the XLSX carries instructions and reference sheets.",
    "Example: spbe-pipeline template --kind self_assessment --format xlsx --out templates"})
final class TemplateCommand implements Callable<Integer> {
  /** The formats a template can have; JSON inputs are documented in docs/inputs.md instead. */
  enum TemplateFormat { CSV, XLSX }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", arity = "1..*",
      description = "Kinds to write templates for (default: all): ${COMPLETION-CANDIDATES}.")
  List<InputKind> kinds;

  @Option(names = "--format", paramLabel = "FORMAT", arity = "1..*",
      description = "csv and/or xlsx (default: both).")
  List<TemplateFormat> formats;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into (created).")
  Path out;

  @Option(names = {"-r", "--reference"}, defaultValue = "${env:SPBE_REFERENCE}", paramLabel = "DIR",
      description = "Framework catalogs, for the level names and indicators listed (default: $SPBE_REFERENCE, else the catalogs inside the jar).")
  Path reference;

  @Option(names = "--with-example", description = "Put the example row in the data too (to try a run; delete it before real use).")
  boolean withExample;

  @Option(names = "--force", description = "Overwrite templates already in the folder.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    TemplateWriter writer = new TemplateWriter(CatalogLoader.load(referenceFolder()));
    List<InputKind> wantedKinds = kinds == null ? List.of(InputKind.values()) : kinds;
    List<TemplateFormat> wantedFormats = formats == null ? List.of(TemplateFormat.values()) : formats;
    refuseToOverwrite(wantedKinds, wantedFormats);
    Files.createDirectories(out);
    PrintWriter console = spec.commandLine().getOut();
    for (InputKind kind : wantedKinds) {
      for (TemplateFormat format : wantedFormats) {
        Path written = writer.write(kind, InputFormat.valueOf(format.name()), out, withExample);
        console.printf("  %-28s %s%n", kind.id(), written);
      }
    }
    console.flush();
    return ExitCodes.OK;
  }

  /** A filled-in template in the same folder is a planner's work: never replaced without --force. */
  private void refuseToOverwrite(List<InputKind> wantedKinds, List<TemplateFormat> wantedFormats) {
    List<String> existing = new ArrayList<>();
    for (InputKind kind : wantedKinds) {
      for (TemplateFormat format : wantedFormats) {
        Path target = out.resolve(InputTemplate.fileName(kind, InputFormat.valueOf(format.name())));
        if (Files.exists(target)) {
          existing.add(target.toString());
        }
      }
    }
    if (!existing.isEmpty() && !force) {
      throw new UsageException("Templat sudah ada; tidak ditimpa tanpa --force. / Templates already exist; "
          + "not overwritten without --force: " + String.join(", ", existing));
    }
  }

  /** The folder named by --reference or $SPBE_REFERENCE, else the catalogs the jar carries. */
  private Path referenceFolder() {
    return reference != null ? reference : id.spbe.analytics.pipeline.catalog.BundledReference.folder();
  }
}
