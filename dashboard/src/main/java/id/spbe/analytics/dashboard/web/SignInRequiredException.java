package id.spbe.analytics.dashboard.web;

/** An API request without a live session while sign-in is on: answered 401. */
public class SignInRequiredException extends RuntimeException {
  public SignInRequiredException() {
    super("Sign-in required");
  }
}
