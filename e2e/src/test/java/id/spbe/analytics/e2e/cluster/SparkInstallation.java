package id.spbe.analytics.e2e.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark installation made from the pipeline's {@code target/lib} without downloading Spark: {@code jars/} gets
 * Spark and everything it brings, and the pipeline's own dependencies are left out, as a cluster's Spark
 * distribution lacks them; spark-submit ships those with {@code --jars} (docs/cluster.md lists the same ones).
 */
final class SparkInstallation {
  /** The pipeline's dependencies that are not Spark's (mvn dependency:tree: outside spark-sql's subtree). */
  static final List<String> APPLICATION_LIBRARIES = List.of("picocli", "commons-csv", "poi", "poi-ooxml",
      "poi-ooxml-lite", "xmlbeans", "SparseBitSet", "curvesapi", "jackson-datatype-jsr310");

  private SparkInstallation() {}

  /** @return the Spark home, with {@code jars/} linking to Spark's jars in {@code lib} */
  static Path create(Path lib, Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : jars(lib)) {
      if (!isApplicationLibrary(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
      }
    }
    return home;
  }

  /** The jars spark-submit's --jars ships: the application's own libraries, every one of them present in lib. */
  static List<Path> applicationLibraries(Path lib) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path jar : jars(lib)) {
      if (isApplicationLibrary(jar)) {
        found.add(jar.toAbsolutePath());
      }
    }
    assertThat(found).as("the application libraries in " + lib + " (update APPLICATION_LIBRARIES and docs/cluster.md "
        + "when the pipeline's dependencies change)").hasSize(APPLICATION_LIBRARIES.size());
    return found;
  }

  private static boolean isApplicationLibrary(Path jar) {
    String name = jar.getFileName().toString();
    return APPLICATION_LIBRARIES.stream().anyMatch(a -> Pattern.matches(Pattern.quote(a) + "-\\d[^-]*\\.jar", name));
  }

  private static List<Path> jars(Path lib) throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }
}
