package id.spbe.analytics.dashboard.api;

/** A request parameter that is not one the published data knows; answered as 400 with both languages. */
public class BadRequestException extends RuntimeException {
  private final String parameter;
  private final String messageEn;

  public BadRequestException(String parameter, String messageId, String messageEn) {
    super(messageId);
    this.parameter = parameter;
    this.messageEn = messageEn;
  }

  /** The same, keeping what the bad value caused (a parse error) for the log. */
  public BadRequestException(String parameter, String messageId, String messageEn, Throwable cause) {
    super(messageId, cause);
    this.parameter = parameter;
    this.messageEn = messageEn;
  }

  public String parameter() {
    return parameter;
  }

  public String messageEn() {
    return messageEn;
  }
}
