package id.spbe.analytics.dashboard.security;

import id.spbe.analytics.dashboard.query.Visibility;

/**
 * One user from the users file.
 *
 * @param instansiCode the instansi of an OPD account (null for analysts)
 * @param opdCode the OPD of an OPD account (null for analysts)
 * @param passwordHash the BCrypt hash of the password
 */
public record Account(String username, String displayName, Role role, String instansiCode, String opdCode,
    String passwordHash) {

  public Account {
    if (role == Role.OPD && (instansiCode == null || opdCode == null)) {
      throw new IllegalArgumentException("User '" + username + "' has role opd but no instansi_code and opd_code");
    }
  }

  public Visibility visibility() {
    return role == Role.ANALYST ? Visibility.all() : Visibility.ofOpd(instansiCode, opdCode);
  }

  /** Never prints the hash (logs, exceptions). */
  @Override
  public String toString() {
    return "Account[" + username + ", " + role.configName() + (opdCode == null ? "" : ", " + opdCode) + "]";
  }
}
