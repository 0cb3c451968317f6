package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import id.spbe.analytics.dashboard.query.TrendQueries.FrameworkYears;
import id.spbe.analytics.dashboard.view.ReviewData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the figures were made, in words a review can quote: the formula, the framework of each year, where the
 * figures come from (readable names, not file provenance), what the chart's band colours mean and what "points at
 * stake" counts.
 */
final class MethodNote {
  /** The chart's band colours by predikat rank, as {@link TrendChartPainter} paints them, lowest first. */
  private static final int COLOURS = 5;

  private final Messages m;
  private final Language language;

  MethodNote(Messages messages) {
    this.m = messages;
    this.language = messages.language();
  }

  void add(Document document, PdfWriter writer, ReviewData data) {
    PdfTables.heading(document, writer, m.text("report.method"));
    List<String> lines = new ArrayList<>();
    lines.add(m.text("report.methodFormula"));
    for (FrameworkYears f : data.ringkasan().frameworks()) {
      lines.add(m.text("report.methodFramework", Map.of("framework", m.code(f.frameworkId()),
          "from", String.valueOf(f.yearFrom()), "to", f.yearTo() == null ? "…" : String.valueOf(f.yearTo()))));
    }
    lines.add(m.text("report.methodSources", Map.of("version", data.version())));
    lines.add(m.text("report.methodBands", Map.of("bands", bands(data))));
    lines.add(m.text("report.methodPoints"));
    lines.add(m.text("report.methodTargets"));
    for (String line : lines) {
      Paragraph p = new Paragraph(line, PdfTables.BODY);
      p.setSpacingBefore(3);
      document.add(p);
    }
  }

  /** "Kurang (di bawah 1,50): merah muda; Cukup (1,50 sampai di bawah 2,50): jingga muda; ..." for the year's framework. */
  private String bands(ReviewData data) {
    String framework = data.yearRow() != null ? data.yearRow().frameworkId()
        : data.ringkasan().frameworks().isEmpty() ? null
        : data.ringkasan().frameworks().get(data.ringkasan().frameworks().size() - 1).frameworkId();
    List<String> parts = new ArrayList<>();
    data.ringkasan().bands().stream().filter(b -> b.frameworkId().equals(framework))
        .sorted(Comparator.comparing(Band::lowerInclusive)).forEach(b -> parts.add(predikat(b) + " (" + range(b)
            + "): " + m.text("report.colour." + Math.max(1, Math.min(COLOURS, b.predikatRank())))));
    return parts.isEmpty() ? "–" : m.code(framework) + ": " + String.join("; ", parts);
  }

  private String predikat(Band b) {
    return language == Language.EN && b.predikatEn() != null && !b.predikatEn().equals(b.predikat())
        ? b.predikat() + " (" + b.predikatEn() + ")" : b.predikat();
  }

  private String range(Band b) {
    if (b.lowerInclusive().signum() <= 0 || b.upperExclusive() == null) {
      return b.upperExclusive() == null ? m.text("report.bandFrom", Map.of("lower", num(b.lowerInclusive())))
          : m.text("report.bandBelow", Map.of("upper", num(b.upperExclusive())));
    }
    return m.text("report.bandBetween", Map.of("lower", num(b.lowerInclusive()), "upper", num(b.upperExclusive())));
  }

  private String num(BigDecimal value) {
    return language.number(value, 2);
  }
}
