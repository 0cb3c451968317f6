package id.spbe.analytics.pipeline.ingest;

/** A reader found that the whole file cannot be used (wrong sheet, not a workbook, bad JSON). */
public class FileLevelException extends RuntimeException {
  private final FileProblemCode code;
  private final String messageId;
  private final String messageEn;

  public FileLevelException(FileProblemCode code, String messageId, String messageEn) {
    super(messageEn);
    this.code = code;
    this.messageId = messageId;
    this.messageEn = messageEn;
  }

  public FileProblem toProblem(String file) {
    return new FileProblem(file, code, messageId, messageEn);
  }
}
