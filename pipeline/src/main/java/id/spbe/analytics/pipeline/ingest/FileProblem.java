package id.spbe.analytics.pipeline.ingest;

/** A file-level error, with the message a planner can act on in both languages. */
public record FileProblem(String file, FileProblemCode code, String messageId, String messageEn) {

  @Override
  public String toString() {
    return file + ": [" + code + "] " + messageId + " / " + messageEn;
  }
}
