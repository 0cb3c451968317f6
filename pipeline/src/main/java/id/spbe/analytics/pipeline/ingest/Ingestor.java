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
 * Reads input files into staged facts in two passes. {@link #prepare} reads every file to its end, finds its
 * header and required columns and checks that every row can be parsed, so a wrong or unreadable file stops the
 * run before a single row is written; {@link #stage} then reads every data row into the sink.
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

  /** An input whose header was found: the sheet it is on, how its columns map, how many data rows it has. */
  public record PreparedInput(InputFile file, String sheet, InputFormat format, ColumnMapping mapping, String encoding,
      String separator, long dataRows, String sha256, long sizeBytes) {}

  public List<PreparedInput> prepare(List<InputFile> files) {
    return prepare(new InputDiscovery.Discovery(files, List.of()));
  }

  /** Checks every discovered file; refuses the run naming every unusable input, the discovery's included. */
  public List<PreparedInput> prepare(InputDiscovery.Discovery discovery) {
    List<InputFile> files = discovery.files();
    List<FileProblem> problems = new ArrayList<>(discovery.problems());
    List<PreparedInput> prepared = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      progress.report("check " + (i + 1) + "/" + files.size() + " " + file.displayName() + " (" + file.kind().id() + ")");
      try {
        prepared.add(prepareOne(file));
      } catch (FileLevelException e) {
        problems.add(e.toProblem(file.displayName()));
      } catch (IOException | UncheckedIOException e) {
        String detail = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
        problems.add(new FileProblem(file.displayName(), FileProblemCode.FILE_UNREADABLE,
            "Berkas tidak dapat dibaca: " + detail, "The file cannot be read: " + detail));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    return prepared;
  }

  /** The named sheet, else the first visible sheet that has this kind's header (a workbook may open on notes). */
  private PreparedInput prepareOne(InputFile file) throws IOException {
    SheetCheck best;
    List<String> others;
    try (TabularSource source = opener.open(file)) {
      best = SheetCheck.of(source, file.kind());
      others = source.otherSheets();
    }
    for (int i = 0; !best.usable() && i < others.size(); i++) {
      try (TabularSource source = opener.open(file, others.get(i))) {
        best = best.orBetter(SheetCheck.of(source, file.kind()));
      }
    }
    if (!best.usable()) {
      throw best.problem(file.kind(), others.isEmpty());
    }
    return new PreparedInput(file, best.sheet(), best.format(), best.mapping(), best.encoding(), best.separator(),
        best.dataRows(), sha256(file), opener.size(file));
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
    for (int i = 0; i < inputs.size(); i++) {
      PreparedInput input = inputs.get(i);
      progress.report("read " + (i + 1) + "/" + inputs.size() + " " + input.file().displayName() + ": "
          + input.dataRows() + " rows");
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
    try (TabularSource source = opener.open(input.file(), input.sheet())) {
      DataRows dataRows = new DataRows(input.mapping());
      Iterator<RawRow> rows = source.rows();
      while (rows.hasNext()) {
        RawRow row = rows.next();
        if (!dataRows.isData(row)) {
          continue;
        }
        read++;
        RowContext context = new RowContext(input.file(), input.sheet(), input.mapping(), row);
        normalizers.normalize(input.file().kind(), context, sink);
        if (!context.ok()) {
          rejected++;
        }
        if (read % PROGRESS_EVERY_ROWS == 0) {
          progress.report("read " + input.file().displayName() + ": " + read + " of " + input.dataRows() + " rows");
        }
      }
    }
    InputFile f = input.file();
    return new FileSummary(f.displayName(), f.path().toString(), f.kind().id(), input.format().name(), input.sheet(),
        input.encoding(), input.separator(), input.mapping().headerRowNumber(), input.sha256(), input.sizeBytes(),
        read, read - rejected, rejected, input.mapping().ignoredHeaders());
  }
}
