package id.spbe.analytics.pipeline.generate;

import java.util.Set;

/** An OPD (or a ministry's unit) and the kinds of indicator it usually answers for. */
public record Opd(String code, String name, String shortName, Set<Role> roles) {

  /** What an OPD answers for in an SPBE evaluation, read off an indicator's aspect and domain names. */
  public enum Role { POLICY, PLANNING, TECHNOLOGY, ORGANISATION, AUDIT, ADMIN_SERVICE, PUBLIC_SERVICE }
}
