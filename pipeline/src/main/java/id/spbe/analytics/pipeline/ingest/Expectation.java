package id.spbe.analytics.pipeline.ingest;

/**
 * What a cell should have held, in both languages of the quarantine report, so the Indonesian message never
 * carries an English fragment. Codes, ranges and lists of names read the same in both: {@link #same}.
 */
public record Expectation(String id, String en) {

  public static Expectation of(String id, String en) {
    return new Expectation(id, en);
  }

  public static Expectation same(String text) {
    return new Expectation(text, text);
  }
}
