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
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads input files into staged facts, each file once from top to bottom: the sheet and header are found in its
 * first rows, and every data row below is normalised into the sink. A file that cannot be used (no header, a
 * required column missing, unreadable halfway) is noted and the next file read, so the run is refused naming
 * every unusable input at once. Rows staged by then are never published: the sink writes into the run's own
 * staging folder, which the job deletes.
 *
 * <p>One pass, not a check pass and a staging pass: parsing is most of the ingest's cost (a workbook's XML above
 * all), and reading each file twice doubled it.
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

  public List<FileSummary> ingest(List<InputFile> files, StagingSink sink) {
    return ingest(new InputDiscovery.Discovery(files, List.of()), sink);
  }

  /** Stages every discovered file; refuses the run naming every unusable input, the discovery's included. */
  public List<FileSummary> ingest(InputDiscovery.Discovery discovery, StagingSink sink) {
    List<InputFile> files = discovery.files();
    List<FileProblem> problems = new ArrayList<>(discovery.problems());
    List<FileSummary> summaries = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      progress.report("read " + (i + 1) + "/" + files.size() + " " + file.displayName()
          + " (" + file.kind().id() + ")");
      try {
        summaries.add(ingestOne(file, sink));
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
    return summaries;
  }

  /** The named sheet, else the first visible sheet that has this kind's header (a workbook may open on notes). */
  private FileSummary ingestOne(InputFile file, StagingSink sink) throws IOException {
    SheetCheck best;
    List<String> others;
    try (TabularSource source = opener.open(file)) {
      Iterator<RawRow> rows = source.rows();
      List<RawRow> top = new ArrayList<>();
      best = SheetCheck.of(source, file.kind(), rows, top);
      if (best.usable()) {
        return stage(file, best, top, rows, sink);
      }
      others = source.otherSheets();
    }
    for (String sheet : others) {
      try (TabularSource source = opener.open(file, sheet)) {
        Iterator<RawRow> rows = source.rows();
        List<RawRow> top = new ArrayList<>();
        SheetCheck check = SheetCheck.of(source, file.kind(), rows, top);
        if (check.usable()) {
          return stage(file, check, top, rows, sink);
        }
        best = best.orBetter(check);
      }
    }
    throw best.problem(file.kind(), others.isEmpty());
  }

  /** The data rows among {@code top} (the rows read to find the header) and every row after them. */
  private FileSummary stage(InputFile file, SheetCheck sheet, List<RawRow> top, Iterator<RawRow> rest,
      StagingSink sink) throws IOException {
    long read = 0;
    long rejected = 0;
    DataRows dataRows = new DataRows(sheet.mapping());
    Iterator<RawRow> rows = Stream.concat(top.stream(),
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(rest, Spliterator.ORDERED), false)).iterator();
    while (rows.hasNext()) {
      RawRow row = rows.next();
      if (!dataRows.isData(row)) {
        continue;
      }
      read++;
      RowContext context = new RowContext(file, sheet.sheet(), sheet.mapping(), row);
      normalizers.normalize(file.kind(), context, sink);
      if (!context.ok()) {
        rejected++;
      }
      if (read % PROGRESS_EVERY_ROWS == 0) {
        progress.report("read " + file.displayName() + ": " + read + " rows");
      }
    }
    return new FileSummary(file.displayName(), file.path().toString(), file.kind().id(), sheet.format().name(),
        sheet.sheet(), sheet.encoding(), sheet.separator(), sheet.mapping().headerRowNumber(), sha256(file),
        opener.size(file), read, read - rejected, rejected, sheet.mapping().ignoredHeaders());
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
}
