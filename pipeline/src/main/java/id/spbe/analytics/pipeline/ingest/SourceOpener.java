package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Opens an input file as rows, whatever its format and wherever it lives. */
public final class SourceOpener {
  private final Configuration hadoopConf;

  public SourceOpener(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public TabularSource open(InputFile file) throws IOException {
    return switch (file.format()) {
      case CSV -> CsvSource.open(() -> stream(file));
      case XLSX -> XlsxSource.open(stream(file), file.sheet());
      case JSON -> JsonSource.open(stream(file));
    };
  }

  public InputStream stream(InputFile file) {
    try {
      FileSystem fs = file.path().getFileSystem(hadoopConf);
      return fs.open(file.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long size(InputFile file) throws IOException {
    return file.path().getFileSystem(hadoopConf).getFileStatus(file.path()).getLen();
  }
}
