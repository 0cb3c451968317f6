package id.spbe.analytics.pipeline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * Names the inputs of one run so that each name is unique and still reads like what the planner handed in.
 * Refused rows are matched back to their facts by (source name, sheet, row), so two OPDs' files that are both
 * called {@code penilaian-mandiri-2023.xlsx} must not share a name: they become
 * {@code bappeda/penilaian-mandiri-2023.xlsx} and {@code kominfo/penilaian-mandiri-2023.xlsx}. A file whose name is
 * unique keeps its bare name.
 */
final class SourceNames {
  private SourceNames() {}

  /** @param paths distinct, fully qualified paths */
  static Map<Path, String> assign(List<Path> paths) {
    Map<String, List<Path>> byFileName = new LinkedHashMap<>();
    for (Path p : paths) {
      byFileName.computeIfAbsent(p.getName(), n -> new ArrayList<>()).add(p);
    }
    Map<Path, String> names = new LinkedHashMap<>();
    for (List<Path> same : byFileName.values()) {
      if (same.size() == 1) {
        names.put(same.get(0), same.get(0).getName());
      } else {
        names.putAll(shortestDistinctTails(same));
      }
    }
    return names;
  }

  private static Map<Path, String> shortestDistinctTails(List<Path> same) {
    for (int depth = 2; ; depth++) {
      Map<Path, String> tails = new LinkedHashMap<>();
      boolean wholePaths = true;
      for (Path p : same) {
        List<String> segments = segments(p);
        wholePaths &= segments.size() <= depth;
        tails.put(p, segments.size() <= depth ? "/" + String.join("/", segments)
            : String.join("/", segments.subList(segments.size() - depth, segments.size())));
      }
      if (new HashSet<>(tails.values()).size() == same.size()) {
        return tails;
      }
      if (wholePaths) { // same path on two file systems (hdfs:// and file:/): only the URI tells them apart
        same.forEach(p -> tails.put(p, p.toString()));
        return tails;
      }
    }
  }

  private static List<String> segments(Path path) {
    List<String> segments = new ArrayList<>();
    for (Path p = path; p != null && !p.getName().isEmpty(); p = p.getParent()) {
      segments.add(0, p.getName());
    }
    return segments;
  }
}
