package id.spbe.analytics.benchmark.dashboard;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's SQL by name, read from the dashboard jar being measured (or its resources folder): the file
 * {@code sql/<view>/<query>.sql} its NamedQuery reads, so the bare timing runs exactly what the server runs.
 */
final class DashboardSql {
  static final String FOLDER = "sql/";

  private final Map<String, String> byName;

  private DashboardSql(Map<String, String> byName) {
    this.byName = byName;
  }

  /**
   * Every query the catalog names, read from {@code jarOrFolder}; a name without its file stops the benchmark
   * with the names missing.
   */
  static DashboardSql read(Path jarOrFolder, EndpointCatalog catalog) throws IOException {
    List<String> names = new ArrayList<>();
    for (EndpointSpec e : catalog.endpoints()) {
      for (EndpointSpec.Query q : e.queries()) {
        names.add(q.name());
        q.params().stream().filter(p -> p.startsWith(BareQueries.FIRST_ROW))
            .map(p -> BareQueries.firstRowQuery(p)).forEach(names::add);
      }
    }
    Map<String, String> byName = new HashMap<>();
    List<String> missing = new ArrayList<>();
    if (Files.isDirectory(jarOrFolder)) {
      read(jarOrFolder, names, byName, missing);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + jarOrFolder.toUri()), Map.of())) {
        read(jar.getPath("/"), names, byName, missing);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The endpoint list names dashboard queries " + jarOrFolder
          + " does not have: " + String.join(", ", missing));
    }
    return new DashboardSql(byName);
  }

  private static void read(Path root, List<String> names, Map<String, String> byName, List<String> missing)
      throws IOException {
    for (String name : names) {
      Path file = root.resolve(FOLDER + name + ".sql");
      if (Files.isRegularFile(file)) {
        byName.put(name, Files.readString(file));
      } else if (!missing.contains(FOLDER + name + ".sql")) {
        missing.add(FOLDER + name + ".sql");
      }
    }
  }

  String sql(String name) {
    String sql = byName.get(name);
    if (sql == null) {
      throw new IllegalArgumentException("no dashboard query " + name + " was read");
    }
    return sql;
  }
}
