package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Reads input files into staged facts in two passes. {@link #prepare} opens every file and finds its header
 * and required columns, so a wrong file stops the run before a single row is written; {@link #stage} then
 * reads every data row into the sink.
 */
public final class Ingestor {
  private static final long PROGRESS_EVERY_ROWS = 100_000;

  private final SourceOpener opener;
  private final RowNormalizers normalizers;
  private final Progress progress;

  public Ingestor(FrameworkCatalog catalog, SourceOpener opener, Progress progress) {
    this.opener = opener;
    this.normalizers = new RowNormalizers(catalog);
    this.progress = progress;
  }

  /** An input whose header was found: where its data starts and how its columns map. */
  public record PreparedInput(InputFile file, String sheet, ColumnMapping mapping, String encoding, String separator,
      String sha256, long sizeBytes) {}

  public List<PreparedInput> prepare(List<InputFile> files) {
    List<FileProblem> problems = new ArrayList<>();
    List<PreparedInput> prepared = new ArrayList<>();
    for (InputFile file : files) {
      progress.report("check " + file.displayName() + " (" + file.kind().id() + ")");
      try {
        prepared.add(prepareOne(file));
      } catch (FileLevelException e) {
        problems.add(e.toProblem(file.displayName()));
      } catch (IOException | UncheckedIOException e) {
        problems.add(new FileProblem(file.displayName(), FileProblemCode.FILE_UNREADABLE,
            "Berkas tidak dapat dibaca: " + e.getMessage(), "The file cannot be read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    return prepared;
  }

  private PreparedInput prepareOne(InputFile file) throws IOException {
    try (TabularSource source = opener.open(file)) {
      List<RawRow> top = new ArrayList<>();
      Iterator<RawRow> rows = source.rows();
      while (rows.hasNext() && top.size() < HeaderLocator.MAX_HEADER_ROW) {
        top.add(rows.next());
      }
      if (top.stream().allMatch(RawRow::isBlank)) {
        throw new FileLevelException(FileProblemCode.EMPTY_FILE, "Berkas kosong.", "The file is empty.");
      }
      ColumnMapping mapping = HeaderLocator.locate(top, file.kind()).orElseThrow(() -> headerNotFound(file));
      List<Field> missing = HeaderLocator.missingRequired(mapping, file.kind());
      if (!missing.isEmpty()) {
        throw missingColumns(file, mapping, missing);
      }
      String encoding = source instanceof CsvSource csv ? csv.charset().name() : "";
      String separator = source instanceof CsvSource csv ? String.valueOf(csv.separator()) : "";
      return new PreparedInput(file, source.sheetName(), mapping, encoding, separator, sha256(file), opener.size(file));
    }
  }

  private static FileLevelException headerNotFound(InputFile file) {
    String expected = expectedColumns(file.kind());
    return new FileLevelException(FileProblemCode.HEADER_NOT_FOUND,
        "Baris judul kolom tidak ditemukan di " + HeaderLocator.MAX_HEADER_ROW + " baris pertama; untuk "
            + file.kind().label() + " diharapkan kolom: " + expected + ".",
        "No header row found in the first " + HeaderLocator.MAX_HEADER_ROW + " rows; a " + file.kind().label()
            + " file needs the columns: " + expected + ".");
  }

  private static FileLevelException missingColumns(InputFile file, ColumnMapping mapping, List<Field> missing) {
    String names = String.join(", ", missing.stream().map(f -> f.headerName() + " (" + String.join("/", f.aliases().subList(0,
        Math.min(3, f.aliases().size()))) + ")").toList());
    return new FileLevelException(FileProblemCode.MISSING_COLUMN,
        "Kolom wajib tidak ada pada baris judul (baris " + mapping.headerRowNumber() + "): " + names + ".",
        "Required column(s) missing from the header (row " + mapping.headerRowNumber() + "): " + names + ".");
  }

  private static String expectedColumns(InputKind kind) {
    return String.join(", ", kind.required().stream().sorted().map(Field::headerName).toList());
  }

  private String sha256(InputFile file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(opener.stream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public List<FileSummary> stage(List<PreparedInput> inputs, StagingSink sink) {
    List<FileSummary> summaries = new ArrayList<>();
    for (PreparedInput input : inputs) {
      progress.report("read " + input.file().displayName());
      try {
        summaries.add(stageOne(input, sink));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + input.file().displayName(), e);
      }
    }
    return summaries;
  }

  private FileSummary stageOne(PreparedInput input, StagingSink sink) throws IOException {
    long read = 0;
    long rejected = 0;
    try (TabularSource source = opener.open(input.file())) {
      Iterator<RawRow> rows = source.rows();
      while (rows.hasNext()) {
        RawRow row = rows.next();
        if (row.rowNumber() <= input.mapping().headerRowNumber() || row.isBlank()) {
          continue;
        }
        read++;
        RowContext context = new RowContext(input.file(), input.sheet(), input.mapping(), row);
        normalizers.normalize(input.file().kind(), context, sink);
        if (!context.ok()) {
          rejected++;
        }
        if (read % PROGRESS_EVERY_ROWS == 0) {
          progress.report("read " + input.file().displayName() + ": " + read + " rows");
        }
      }
    }
    InputFile f = input.file();
    return new FileSummary(f.displayName(), f.path().toString(), f.kind().id(), f.format().name(), input.sheet(),
        input.encoding(), input.separator(), input.mapping().headerRowNumber(), input.sha256(), input.sizeBytes(),
        read, read - rejected, rejected, input.mapping().ignoredHeaders());
  }
}
