package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a realistic, illustrative set of input files for many instansi over many years, laid out as a
 * ministry's folder would be: {@code daftar/} for the lists and one folder per year for the results, so one
 * year can be re-ingested on its own. A {@code _manifest.json} (skipped by the pipeline) says what each file
 * holds and which rows are wrong on purpose.
 */
public final class Generator {
  private Generator() {}

  public static GenerationSummary generate(GeneratorConfig config, FrameworkCatalog catalog, Consumer<String> progress) {
    requireEmptyOutput(config.outputDir());
    for (int year = config.yearFrom(); year <= config.yearTo(); year++) {
      int y = year;
      catalog.forYear(year).orElseThrow(() -> new IllegalArgumentException(
          "--years " + config.yearFrom() + "-" + config.yearTo() + " includes " + y + ", which no framework in the catalog covers"));
    }
    List<Instansi> roster = Roster.build(config);
    List<Group> groups = groups(roster);
    InputFileWriter writer = new InputFileWriter(config.outputDir(), config);
    DirectoryTables directory = new DirectoryTables(config, catalog);
    writer.write(directory.instansiList(roster));
    for (Group group : groups) {
      writer.write(directory.opdLists(group));
      writer.write(directory.rpjmdTargets(group));
      writer.write(directory.deadlines(group));
      writer.write(directory.efforts(group));
    }
    ResultTables results = new ResultTables(config, catalog);
    for (int year = config.yearFrom(); year <= config.yearTo(); year++) {
      progress.accept("year " + year + ": " + groups.size() + " groups");
      for (Group group : groups) {
        results.forYear(year, group).forEach(writer::write);
      }
    }
    GenerationSummary summary = new GenerationSummary(config.outputDir(), countByKind(roster), writer.written(),
        totalBadRows(writer.written()));
    ManifestWriter.write(config, summary);
    return summary;
  }

  /** Every province's pemda together, provinces in code order, then the instansi pusat. */
  static List<Group> groups(List<Instansi> roster) {
    Map<String, List<Instansi>> byGroup = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Instansi i : roster) {
      byGroup.computeIfAbsent(i.fileGroup(), g -> new ArrayList<>()).add(i);
      titles.putIfAbsent(i.fileGroup(), i.province() == null ? "INSTANSI PUSAT" : "PROVINSI " + i.province().name().toUpperCase());
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((name, members) -> groups.add(new Group(name, titles.get(name), List.copyOf(members))));
    return groups;
  }

  private static Map<InstansiKind, Integer> countByKind(List<Instansi> roster) {
    Map<InstansiKind, Integer> counts = new EnumMap<>(InstansiKind.class);
    roster.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
    return counts;
  }

  private static BadRows totalBadRows(List<GeneratedFile> files) {
    BadRows total = new BadRows();
    files.forEach(f -> total.addAll(f.badRows()));
    return total;
  }

  private static void requireEmptyOutput(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("--output " + dir + " is not empty; generate into a new or empty folder");
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create --output " + dir, e);
    }
  }
}
