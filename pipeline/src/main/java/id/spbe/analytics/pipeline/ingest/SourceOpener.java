package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Opens an input file as rows, whatever its format and wherever it lives. */
public final class SourceOpener {
  private static final int SNIFF_BYTES = 64;

  private final Configuration hadoopConf;

  public SourceOpener(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  /** The sheet the planner named ({@code --sheet}), else the workbook's first visible sheet. */
  public TabularSource open(InputFile file) throws IOException {
    return open(file, file.sheet());
  }

  /** @param sheet the workbook sheet to read; null for the first visible one; ignored for CSV and JSON */
  public TabularSource open(InputFile file, String sheet) throws IOException {
    byte[] head;
    try (InputStream in = stream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return switch (InputFormat.sniff(head, file.format())) {
      case CSV -> CsvSource.open(() -> stream(file));
      // a zip package streams; an OLE2 file (legacy .xls, or an .xlsx saved with a password) needs POI's cell model
      case XLSX -> isZip(head) ? XlsxStreamingSource.open(stream(file), sheet) : XlsxSource.open(stream(file), sheet);
      case JSON -> JsonSource.open(stream(file));
    };
  }

  private static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  public InputStream stream(InputFile file) {
    try {
      FileSystem fs = file.path().getFileSystem(hadoopConf);
      return fs.open(file.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's SHA-256 in hex: kept in the run record, and how a re-run knows its inputs did not change. */
  public String sha256(InputFile file) throws IOException {
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    try (InputStream in = new java.security.DigestInputStream(stream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return java.util.HexFormat.of().formatHex(digest.digest());
  }

  public long size(InputFile file) throws IOException {
    return file.path().getFileSystem(hadoopConf).getFileStatus(file.path()).getLen();
  }
}
