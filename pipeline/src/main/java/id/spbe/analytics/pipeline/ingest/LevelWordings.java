package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.catalog.MaturityLevel;
import java.util.List;
import java.util.Optional;

/**
 * A level written with the name of the other level family: "Rintisan" (process capability, level 1) on a
 * service indicator whose names are Informasi .. Optimum. Staff copy level names from one sheet to the next, and
 * each name sits at one position of one family, so the level is not in doubt: it is taken with a warning, not
 * refused. A name that sits at two positions across the families would be a guess and stays refused.
 */
final class LevelWordings {
  static final String OTHER_FAMILY = "LEVEL_OTHER_FAMILY";

  private LevelWordings() {}

  /** The level {@code name} has in another family of the framework, when it names exactly one level there. */
  static Optional<MaturityLevel> otherFamily(Framework framework, Indicator indicator, String name) {
    if (name == null) {
      return Optional.empty();
    }
    List<MaturityLevel> found = framework.maturityLevels().stream()
        .filter(l -> !l.levelFamily().equals(indicator.levelFamily()) && l.levelName().equalsIgnoreCase(name.trim()))
        .toList();
    return found.stream().map(MaturityLevel::level).distinct().count() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
