package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Aspect;
import id.spbe.analytics.pipeline.catalog.Domain;
import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.generate.Opd.Role;
import java.util.Locale;

/**
 * What the generator reads off an indicator's aspect and domain names: which OPD role answers for it and how
 * mature instansi usually are there. National results put the Layanan domain highest and Manajemen lowest.
 */
public record IndicatorProfile(Role role, double levelOffset) {

  public static IndicatorProfile of(Framework framework, Indicator indicator) {
    Aspect aspect = framework.aspects().stream().filter(a -> a.code().equals(indicator.aspectCode())).findFirst()
        .orElseThrow(() -> new IllegalStateException(framework.id() + " indicator " + indicator.code()
            + " names aspect " + indicator.aspectCode() + ", which the catalog lacks"));
    String domainName = framework.domains().stream().filter(d -> d.code().equals(aspect.domainCode()))
        .map(Domain::name).findFirst().orElse("");
    return new IndicatorProfile(role(aspect.name()), offset(domainName.isEmpty() ? aspect.name() : domainName));
  }

  static Role role(String aspectName) {
    String name = aspectName.toLowerCase(Locale.ROOT);
    if (name.contains("kebijakan")) {
      return Role.POLICY;
    }
    if (name.contains("perencanaan") || name.contains("strategi")) {
      return Role.PLANNING;
    }
    if (name.contains("audit")) {
      return Role.AUDIT;
    }
    if (name.contains("penyelenggara") || name.contains("kelembagaan") || name.contains("tata kelola")) {
      return Role.ORGANISATION;
    }
    if (name.contains("layanan administrasi")) {
      return Role.ADMIN_SERVICE;
    }
    if (name.contains("layanan") || name.contains("kepuasan")) {
      return Role.PUBLIC_SERVICE;
    }
    return Role.TECHNOLOGY; // teknologi, data, keamanan, manajemen
  }

  static double offset(String domainOrAspectName) {
    String name = domainOrAspectName.toLowerCase(Locale.ROOT);
    if (name.contains("layanan")) {
      return 0.45;
    }
    if (name.contains("manajemen")) {
      return -0.55;
    }
    return name.contains("kebijakan") ? 0.15 : 0;
  }
}
