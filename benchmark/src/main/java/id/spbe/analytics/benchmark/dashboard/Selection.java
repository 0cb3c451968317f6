package id.spbe.analytics.benchmark.dashboard;

import java.util.Map;

/** The values the placeholders of endpoint paths and SQL parameters stand for. */
public record Selection(Map<String, String> values) {

  public String fill(String template) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (out.matches(".*\\{[a-z_]+}.*")) {
      throw new IllegalArgumentException("no value for a placeholder in '" + template + "'; known: " + values.keySet());
    }
    return out;
  }
}
