package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.staging.RowOrigin;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.FileContext;
import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.run.Progress;
import id.spbe.analytics.pipeline.staging.StagingSink;

import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.ingest.FileContextLocator.KnownInstansi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
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
 * all), and reading each file twice doubled it. Files are read on several threads, their rows staged in the
 * files' order ({@link InOrderReads}), so what is staged, and every message, is what one thread would give.
 */
public final class Ingestor {
  private static final long PROGRESS_EVERY_ROWS = 100_000;
  private static final int MAX_WARNINGS_KEPT = 100;
  /** Files read at once: one per core, up to four (the driver also runs Spark's tasks once the reading ends). */
  private static final int READ_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());
  /** Rows a file read ahead of its turn holds before it waits: a few MB, whatever the file's size. */
  private static final int MAX_HELD_ROWS = 20_000;

  private final SourceOpener opener;
  private final RowNormalizers normalizers;
  private final Progress progress;
  private final Integer optionYear;
  private final String optionInstansi;
  private final Supplier<List<KnownInstansi>> publishedInstansi;

  public Ingestor(FrameworkCatalog catalog, SourceOpener opener, Progress progress) {
    this(catalog, opener, progress, null, null, List::of);
  }

  /**
   * @param optionYear {@code --tahun}: the year of files that state it nowhere else, or null
   * @param optionInstansi {@code --instansi}: a kode instansi or name, or null
   * @param publishedInstansi the published instansi list, for instansi named in titles (read only if needed)
   */
  public Ingestor(FrameworkCatalog catalog, SourceOpener opener, Progress progress, Integer optionYear,
      String optionInstansi, Supplier<List<KnownInstansi>> publishedInstansi) {
    this.opener = opener;
    this.normalizers = new RowNormalizers(catalog);
    this.progress = progress;
    this.optionYear = optionYear;
    this.optionInstansi = optionInstansi;
    this.publishedInstansi = publishedInstansi;
  }

  public List<FileSummary> ingest(List<InputFile> files, StagingSink sink) {
    return ingest(new InputDiscovery.Discovery(files, List.of()), sink);
  }

  /** Stages every discovered file; refuses the run naming every unusable input, the discovery's included. */
  public List<FileSummary> ingest(InputDiscovery.Discovery discovery, StagingSink sink) {
    List<InputFile> files = discovery.files();
    List<FileProblem> problems = new ArrayList<>(discovery.problems());
    FileSummary[] read = new FileSummary[files.size()];
    // instansi lists first: a workbook naming its instansi only in its title is matched against them
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> files.get(i).kind() != InputKind.INSTANSI));
    List<KnownInstansi> runInstansi = new ArrayList<>();
    Supplier<List<KnownInstansi>> known = once(() -> {
      List<KnownInstansi> all = new ArrayList<>(runInstansi);
      all.addAll(publishedInstansi.get());
      return all;
    });
    StagingSink staging = listingInstansi(sink, runInstansi);
    // the instansi lists are staged before any other file is read, so that every title can be matched against them
    int lists = (int) order.stream().filter(i -> files.get(i).kind() == InputKind.INSTANSI).count();
    readInOrder(files, order.subList(0, lists), 0, known, staging, read, problems);
    readInOrder(files, order.subList(lists, order.size()), lists, known, staging, read, problems);
    List<FileSummary> summaries = Arrays.stream(read).filter(Objects::nonNull).toList();
    List<FileSummary> empty = summaries.stream().filter(f -> f.rowsRead() == 0).toList();
    // a header without rows is a mistake, not an input: on its own it must not publish an unchanged version
    if (!empty.isEmpty() && (!problems.isEmpty() || empty.size() == summaries.size())) {
      empty.forEach(f -> problems.add(noDataRows(f)));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    return summaries;
  }

  /** The sink, noting each instansi a list stages for the files after it. */
  private static StagingSink listingInstansi(StagingSink sink, List<KnownInstansi> runInstansi) {
    return new StagingSink() {
      @Override
      public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
        if (table == FactTable.INSTANSI) {
          runInstansi.add(new KnownInstansi((String) values.get("instansi_code"), (String) values.get("instansi_name"),
              (String) values.get("instansi_kind")));
        }
        sink.accept(table, values, provenance);
      }

      @Override
      public void reject(RowProblem problem) {
        sink.reject(problem);
      }
    };
  }

  /**
   * Reads {@code phase} (indices into {@code files}, the first being number {@code first} of the run's order), each
   * file's summary into {@code read} and each unusable file's problem into {@code problems}.
   */
  private void readInOrder(List<InputFile> files, List<Integer> phase, int first, Supplier<List<KnownInstansi>> known,
      StagingSink staging, FileSummary[] read, List<FileProblem> problems) {
    List<Object> outcomes = InOrderReads.read(phase.size(), READ_THREADS, MAX_HELD_ROWS, staging, (n, fileSink) -> {
      InputFile file = files.get(phase.get(n));
      progress.report("read " + (first + n + 1) + "/" + files.size() + " " + file.displayName()
          + " (" + file.kind().id() + ")");
      return readOne(file, new FileContextLocator(optionYear, optionInstansi, known), fileSink);
    });
    for (int n = 0; n < phase.size(); n++) {
      if (outcomes.get(n) instanceof FileSummary summary) {
        read[phase.get(n)] = summary;
      } else {
        problems.add((FileProblem) outcomes.get(n));
      }
    }
  }

  private static FileProblem noDataRows(FileSummary f) {
    String where = f.sheet().isEmpty() ? "" : " (lembar/sheet '" + f.sheet() + "')";
    return new FileProblem(f.file(), FileProblemCode.NO_DATA_ROWS,
        "Berkas hanya memuat baris judul kolom (baris " + f.headerRow() + ")" + where + ", tanpa baris data; isi "
            + "barisnya atau keluarkan berkas ini dari masukan.",
        "The file holds only its header (row " + f.headerRow() + ")" + where + " and no data rows; fill in the rows "
            + "or leave the file out of the inputs.");
  }

  /** The file's summary, or the problem that makes it unusable. */
  private Object readOne(InputFile file, FileContextLocator locator, StagingSink sink) {
    try {
      return ingestOne(file, locator, sink);
    } catch (FileLevelException e) {
      return e.toProblem(file.displayName());
    } catch (IOException | UncheckedIOException e) {
      String detail = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      return new FileProblem(file.displayName(), FileProblemCode.FILE_UNREADABLE,
          "Berkas tidak dapat dibaca: " + detail, "The file cannot be read: " + detail);
    }
  }

  /** Asked for once, by whichever file first needs it (the published list costs a read). */
  private static <T> Supplier<T> once(Supplier<T> supplier) {
    Object[] value = new Object[1];
    return () -> {
      synchronized (value) {
        if (value[0] == null) {
          value[0] = supplier.get();
        }
        @SuppressWarnings("unchecked")
        T t = (T) value[0];
        return t;
      }
    };
  }

  /** The named sheet, else the first visible sheet that has this kind's header (a workbook may open on notes). */
  private FileSummary ingestOne(InputFile file, FileContextLocator locator, StagingSink sink) throws IOException {
    SheetCheck best;
    List<String> others;
    try (TabularSource source = opener.open(file)) {
      Iterator<RawRow> rows = source.rows();
      List<RawRow> top = new ArrayList<>();
      best = SheetCheck.of(source, file.kind(), rows, top);
      if (best.usableWith(FileContextLocator.supplies())) {
        return stage(file, locator, best, top, rows, sink);
      }
      others = source.otherSheets();
    }
    for (String sheet : others) {
      try (TabularSource source = opener.open(file, sheet)) {
        Iterator<RawRow> rows = source.rows();
        List<RawRow> top = new ArrayList<>();
        SheetCheck check = SheetCheck.of(source, file.kind(), rows, top);
        if (check.usableWith(FileContextLocator.supplies())) {
          return stage(file, locator, check, top, rows, sink);
        }
        best = best.orBetter(check);
      }
    }
    throw best.problem(file.kind(), others.isEmpty());
  }

  /** The data rows among {@code top} (the rows read to find the header) and every row after them. */
  private FileSummary stage(InputFile file, FileContextLocator locator, SheetCheck sheet, List<RawRow> top,
      Iterator<RawRow> rest, StagingSink sink) throws IOException {
    long read = 0;
    long rejected = 0;
    long headerRow = sheet.mapping().headerRowNumber();
    FileContext context = locator.locate(file, file.kind(), sheet.sheet(), sheet.mapping(),
        top.stream().filter(r -> r.rowNumber() < headerRow).toList());
    ColumnMapping mapping = FileContextLocator.extend(sheet.mapping(), context);
    List<String> notes = new ArrayList<>();
    long warnings = 0;
    DataRows dataRows = new DataRows(sheet.mapping());
    Iterator<RawRow> rows = Stream.concat(top.stream(),
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(rest, Spliterator.ORDERED), false)).iterator();
    while (rows.hasNext()) {
      RawRow row = rows.next();
      if (!dataRows.isData(row)) {
        continue;
      }
      read++;
      RowContext cells = new RowContext(file, sheet.sheet(), mapping, FileContextLocator.extend(row, context));
      normalizers.normalize(file.kind(), cells, sink);
      warnings += cells.warnings().size();
      cells.warnings().stream().limit(Math.max(0, MAX_WARNINGS_KEPT - notes.size())).forEach(notes::add);
      if (!cells.ok()) {
        rejected++;
      }
      if (read % PROGRESS_EVERY_ROWS == 0) {
        progress.report("read " + file.displayName() + ": " + read + " rows");
      }
    }
    return new FileSummary(file.displayName(), file.path().toString(), file.kind().id(), sheet.format().name(),
        sheet.sheet(), sheet.encoding(), sheet.separator(), sheet.mapping().headerRowNumber(), opener.sha256(file),
        opener.size(file), read, read - rejected, rejected, sheet.mapping().ignoredHeaders(), context,
        read == 0 ? List.of(FileProblemCode.NO_DATA_ROWS.name()) : withCount(notes, warnings));
  }

  /**
   * The warnings kept (the first {@link #MAX_WARNINGS_KEPT}: a national file may have thousands) and a last line
   * counting them all, which the summary prints.
   */
  private static List<String> withCount(List<String> notes, long warnings) {
    if (warnings == 0) {
      return notes;
    }
    List<String> out = new ArrayList<>(notes);
    out.add(LevelWordings.OTHER_FAMILY + ": " + warnings + " baris/rows, nama tingkat keluarga lain diambil / a level "
        + "name of the other family taken (" + notes.size() + " listed in the run record)");
    return out;
  }

}
