package id.spbe.analytics.pipeline.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which computed tables each statement reads, from its SQL text: a statement can only read a view by naming it,
 * so a name in the text (even in a comment) is a dependency; a spurious one only costs some concurrency. Only
 * earlier tables count, because {@link MetricTables#IN_ORDER} is already an order they can run in.
 */
final class MetricDependencies {
  private MetricDependencies() {}

  static Map<String, List<String>> of(List<String> inOrder) {
    Map<String, List<String>> reads = new LinkedHashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      String table = inOrder.get(i);
      String text = MetricTables.isJavaStep(table) ? String.join(" ", ActionPlanner.READS) : MetricTables.sql(table);
      List<String> earlier = new ArrayList<>();
      for (String candidate : inOrder.subList(0, i)) {
        if (Pattern.compile("\\b" + Pattern.quote(candidate) + "\\b").matcher(text).find()) {
          earlier.add(candidate);
        }
      }
      reads.put(table, List.copyOf(earlier));
    }
    return reads;
  }
}
