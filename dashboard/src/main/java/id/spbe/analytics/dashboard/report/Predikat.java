package id.spbe.analytics.dashboard.report;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import java.util.List;

/**
 * A predikat as the report names it: the framework's own name, and in English its English name beside it
 * ("Baik / Good"), from the framework's bands (predikat_en), so that an English reader is not left with Indonesian
 * alone.
 */
final class Predikat {
  private final Language language;
  private final List<Band> bands;

  Predikat(Language language, List<Band> bands) {
    this.language = language;
    this.bands = bands;
  }

  /** {@code frameworkId} null: any framework's band of that name (the names' English is the same across them). */
  String of(String name, String frameworkId) {
    if (name == null || language != Language.EN) {
      return name;
    }
    return bands.stream().filter(b -> b.predikat().equals(name)
            && (frameworkId == null || b.frameworkId().equals(frameworkId)))
        .map(Band::predikatEn).filter(en -> en != null && !en.equals(name)).findFirst()
        .map(en -> name + " / " + en).orElse(name);
  }
}
