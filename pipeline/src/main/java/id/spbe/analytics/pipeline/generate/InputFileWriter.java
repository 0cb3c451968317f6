package id.spbe.analytics.pipeline.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes each generated table in the dialect its key draws (mostly Indonesian CSV) and remembers what it wrote. */
final class InputFileWriter {
  private final Path outputDir;
  private final GeneratorConfig config;
  private final List<GeneratedFile> written = new ArrayList<>();

  InputFileWriter(Path outputDir, GeneratorConfig config) {
    this.outputDir = outputDir;
    this.config = config;
  }

  void write(GeneratedTable table) {
    if (table.rows().isEmpty()) {
      return; // nobody sends an empty file
    }
    Dialect dialect = dialectFor(table.path());
    byte[] bytes = dialect == Dialect.XLSX ? XlsxTableWriter.write(table) : CsvTableWriter.write(table, dialect);
    String path = table.path() + "." + dialect.extension();
    Path file = outputDir.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    written.add(new GeneratedFile(path, table.kind(), dialect, dialect == Dialect.XLSX ? XlsxTableWriter.HEADER_ROW : 1,
        table.columns().stream().map(c -> c.field().headerName()).toList(), table.rows().size(), bytes.length,
        table.badRows()));
  }

  List<GeneratedFile> written() {
    return List.copyOf(written);
  }

  private Dialect dialectFor(String path) {
    double draw = Keyed.uniform(config.seed(), "dialect", path);
    if (draw < config.xlsxShare()) {
      return Dialect.XLSX;
    }
    return draw < config.xlsxShare() + config.utf8Share() ? Dialect.EN_CSV : Dialect.ID_CSV;
  }
}
