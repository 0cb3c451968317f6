package id.spbe.analytics.pipeline.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a generated file is written, the three ways planners' files arrive. */
public enum Dialect {
  /** CSV as Excel saves it on an Indonesian PC: ';' separated, decimal comma, day-first dates, Windows-1252. */
  ID_CSV("csv", ';', Charset.forName("windows-1252"), "\r\n"),
  /** CSV from a script or a template in English: ',' separated, decimal point, ISO dates, UTF-8. */
  EN_CSV("csv", ',', StandardCharsets.UTF_8, "\n"),
  /** An Excel workbook with title rows above the header, numbers and dates as typed cells. */
  XLSX("xlsx", '\0', StandardCharsets.UTF_8, "");

  private final String extension;
  private final char separator;
  private final Charset charset;
  private final String lineEnd;

  Dialect(String extension, char separator, Charset charset, String lineEnd) {
    this.extension = extension;
    this.separator = separator;
    this.charset = charset;
    this.lineEnd = lineEnd;
  }

  public String extension() {
    return extension;
  }

  public char separator() {
    return separator;
  }

  public Charset charset() {
    return charset;
  }

  public String lineEnd() {
    return lineEnd;
  }

  /** The header a file of this dialect gives a column. */
  public String header(Column column) {
    return this == EN_CSV ? column.english() : column.indonesian();
  }
}
