package id.spbe.analytics.dashboard.security;

import java.util.Arrays;
import java.util.Optional;

/** What an account may see. */
public enum Role {
  /** Bappeda and the Diskominfo team: every view, every OPD's penilaian mandiri details. */
  ANALYST("analyst"),
  /** An OPD pengampu: every view, but only its own OPD's penilaian mandiri details. */
  OPD("opd");

  private final String configName;

  Role(String configName) {
    this.configName = configName;
  }

  /** The name used in the users file and in responses. */
  public String configName() {
    return configName;
  }

  public static Optional<Role> fromConfigName(String name) {
    return Arrays.stream(values()).filter(r -> r.configName.equals(name)).findFirst();
  }
}
