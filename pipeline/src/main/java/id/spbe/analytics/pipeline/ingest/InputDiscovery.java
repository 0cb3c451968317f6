package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the paths a planner passes (files or folders, local or any Hadoop URI) into typed input files.
 * A file's kind comes from its own name, else from the nearest folder whose name names a kind.
 */
public final class InputDiscovery {
  private final Configuration hadoopConf;

  public InputDiscovery(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  /** The files found, and the inputs that cannot be used at all (not there, not data, kind unknown). */
  public record Discovery(List<InputFile> files, List<FileProblem> problems) {}

  /** Every usable file, or {@link InputRejectedException} naming every input that is not. */
  public List<InputFile> discover(List<String> inputs, Optional<InputKind> forcedKind, String sheet) {
    Discovery found = scan(inputs, forcedKind, sheet);
    if (!found.problems().isEmpty()) {
      throw new InputRejectedException(found.problems());
    }
    return found.files();
  }

  /**
   * The files the inputs name and the problems found so far, so that {@link Ingestor#prepare} can report them
   * together with the problems inside the files.
   *
   * @param forcedKind applies to every file when set (the {@code --kind} flag)
   */
  public Discovery scan(List<String> inputs, Optional<InputKind> forcedKind, String sheet) {
    return scan(inputs, forcedKind, sheet, Optional.empty());
  }

  /**
   * @param warehouse the run's warehouse: skipped where it sits inside an input folder ({@code --input .
   *     --warehouse ./warehouse}), as is any other folder laid out as a warehouse; its Parquet and JSON are
   *     published output, not planners' input
   */
  public Discovery scan(List<String> inputs, Optional<InputKind> forcedKind, String sheet, Optional<String> warehouse) {
    List<FileProblem> problems = new ArrayList<>();
    Map<Path, Path> rootByFile = new LinkedHashMap<>(); // a file named twice (its folder and itself) is read once
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(hadoopConf);
        if (!fs.exists(path)) {
          problems.add(new FileProblem(input, FileProblemCode.INPUT_NOT_FOUND,
              "Berkas atau folder masukan tidak ditemukan.", "Input file or folder not found."));
          continue;
        }
        Path root = fs.makeQualified(path);
        Optional<Path> skipped = warehouse.map(w -> qualified(w, fs));
        for (FileStatus status : listFiles(fs, root, skipped)) {
          rootByFile.putIfAbsent(fs.makeQualified(status.getPath()), root);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input " + input, e);
      }
    }
    Map<Path, String> names = SourceNames.assign(List.copyOf(rootByFile.keySet()));
    List<InputFile> files = new ArrayList<>();
    rootByFile.forEach((file, root) ->
        classify(file, names.get(file), root, forcedKind, sheet, problems).ifPresent(files::add));
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(new FileProblem(String.join(", ", inputs), FileProblemCode.EMPTY_FILE,
          "Tidak ada berkas CSV, XLSX atau JSON di masukan.", "No CSV, XLSX or JSON file found in the inputs."));
    }
    return new Discovery(files, problems);
  }

  private Path qualified(String warehouse, FileSystem inputFs) {
    try {
      Path path = new Path(warehouse);
      return path.getFileSystem(hadoopConf).makeQualified(path);
    } catch (IOException e) {
      return inputFs.makeQualified(new Path(warehouse));
    }
  }

  /** A warehouse folder: the pointer file, or both of its folders, is there. */
  private static boolean isWarehouse(FileSystem fs, Path dir, Optional<Path> warehouse) throws IOException {
    if (warehouse.isPresent() && fs.makeQualified(dir).equals(warehouse.get())) {
      return true;
    }
    return fs.exists(new Path(dir, WarehouseLayout.CURRENT))
        || fs.isDirectory(new Path(dir, WarehouseLayout.VERSIONS)) && fs.isDirectory(new Path(dir, WarehouseLayout.RUNS));
  }

  private static List<FileStatus> listFiles(FileSystem fs, Path path, Optional<Path> warehouse) throws IOException {
    FileStatus status = fs.getFileStatus(path);
    if (status.isFile()) {
      return List.of(status);
    }
    List<FileStatus> out = new ArrayList<>();
    FileStatus[] children = fs.listStatus(path);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || name.startsWith("~$") || name.startsWith("_")) {
        continue; // hidden files, Excel lock files, Spark/Hadoop markers
      }
      if (child.isDirectory()) {
        if (!isWarehouse(fs, child.getPath(), warehouse)) {
          out.addAll(listFiles(fs, child.getPath(), warehouse));
        }
      } else if (InputFormat.byFileName(name).isPresent()) { // README.md or evidence PDFs beside the data are not inputs
        out.add(child);
      }
    }
    return out;
  }

  private static Optional<InputFile> classify(Path file, String name, Path root, Optional<InputKind> forcedKind,
      String sheet, List<FileProblem> problems) {
    Optional<InputFormat> format = InputFormat.byFileName(file.getName());
    if (format.isEmpty()) {
      problems.add(new FileProblem(name, FileProblemCode.UNSUPPORTED_FORMAT,
          "Format berkas tidak didukung; gunakan .csv, .xlsx atau .json.",
          "Unsupported file format; use .csv, .xlsx or .json."));
      return Optional.empty();
    }
    Optional<InputKind> kind = forcedKind.or(() -> kindFromPath(file, root));
    if (kind.isEmpty()) {
      problems.add(new FileProblem(name, FileProblemCode.UNKNOWN_KIND,
          "Jenis data tidak dapat ditentukan dari nama berkas. Awali nama berkas (atau foldernya) dengan salah satu: "
              + prefixList() + ", atau gunakan --kind.",
          "Cannot tell what this file holds from its name. Start the file (or folder) name with one of: "
              + prefixList() + ", or pass --kind."));
      return Optional.empty();
    }
    return Optional.of(new InputFile(file, name, kind.get(), format.get(), sheet));
  }

  /** The file's own name first, then the folders between it and the input root the planner named. */
  private static Optional<InputKind> kindFromPath(Path file, Path root) {
    String rootUri = root.toUri().getPath();
    for (Path p = file; p != null && !p.getName().isEmpty(); p = p.getParent()) {
      Optional<InputKind> kind = InputKind.byName(p.getName());
      if (kind.isPresent()) {
        return kind;
      }
      if (p.toUri().getPath().equals(rootUri)) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String prefixList() {
    return Arrays.stream(InputKind.values()).map(k -> k.namePrefixes().get(0)).reduce((a, b) -> a + ", " + b).orElse("");
  }
}
