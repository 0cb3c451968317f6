package id.spbe.analytics.dashboard.security;

import id.spbe.analytics.dashboard.query.Visibility;

/**
 * Who is asking: a signed-in account, or nobody in particular when sign-in is off (loopback only).
 *
 * @param username null when sign-in is off
 */
public record Viewer(String username, String displayName, Role role, String instansiCode, String opdCode) {

  /** The viewer when the dashboard runs without sign-in on a loopback address: sees everything. */
  public static final Viewer LOCAL = new Viewer(null, null, Role.ANALYST, null, null);

  public static Viewer of(Account account) {
    return new Viewer(account.username(), account.displayName(), account.role(), account.instansiCode(),
        account.opdCode());
  }

  public Visibility visibility() {
    return role == Role.ANALYST ? Visibility.all() : Visibility.ofOpd(instansiCode, opdCode);
  }
}
