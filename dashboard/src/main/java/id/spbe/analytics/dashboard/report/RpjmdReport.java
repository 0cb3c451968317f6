package id.spbe.analytics.dashboard.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.InstansiQueries.Instansi;
import id.spbe.analytics.dashboard.view.ReviewData;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The PDF for an RPJMD review of one instansi and year, in Bahasa Indonesia or English: summary (with the count
 * below target and the points at stake) and trend, domain and aspect results, the indicators below target, the OPD
 * scorecards with the calibration summary, the action plan, in a year with bukti dukung the
 * evidence, the method note and, in an annex, every indicator.
 * Sections follow one another (a heading never alone at a page's foot) rather than each opening a page, so that
 * no page is left half empty.
 */
public final class RpjmdReport {
  private RpjmdReport() {}

  public static byte[] write(ReviewData data, Language language, LocalDate madeOn) {
    // "Halaman x dari y": the first pass counts the pages, the second writes them with the count
    byte[] draft = write(data, language, madeOn, 0);
    return write(data, language, madeOn, pages(draft));
  }

  private static int pages(byte[] pdf) {
    try {
      com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
      try {
        return reader.getNumberOfPages();
      } finally {
        reader.close();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot count the report's pages", e);
    }
  }

  private static byte[] write(ReviewData data, Language language, LocalDate madeOn, int pages) {
    Messages m = Messages.of(language);
    PdfTables tables = new PdfTables(language);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 40, 44);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    Instansi instansi = data.ringkasan().instansi();
    String title = m.text("report.title");
    writer.setPageEvent(new Footer(m, instansi.instansiName() + " (" + instansi.instansiCode() + ") · "
        + data.selection().year(), illustrative(data), pages));
    document.addTitle(title + " " + instansi.instansiName() + " " + data.selection().year());
    // the catalog's /Lang lets screen readers pick the right voice for the whole document
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    document.addCreator("SPBE Analytics");
    document.open();
    document.add(new Paragraph(title, PdfTables.TITLE));
    document.add(new Paragraph(m.text("report.subtitle", Map.of("instansi", instansi.instansiName() + " ("
        + instansi.instansiCode() + ")", "year", String.valueOf(data.selection().year()), "version", data.version(),
        "date", date(madeOn, language))), PdfTables.BODY));
    new SummarySection(m, tables).add(document, writer, data);
    ResultSections results = new ResultSections(m, tables);
    results.domains(document, writer, data.domains());
    results.gaps(document, writer, data.gaps());
    int year = data.selection().year() == null ? 0 : data.selection().year();
    new OpdSection(m, tables).add(document, writer, year, data.opds(), data.gaps().rows(), data.selfVsOfficial());
    new PlanSection(m, tables).add(document, writer, data.plan());
    if (data.evidence() != null) {
      new EvidenceSection(m, tables).add(document, data.evidence()); // follows on, like the other sections
    }
    new MethodNote(m).add(document, writer, data);
    results.annex(document, writer, data.gaps());
    document.close();
    return out.toByteArray();
  }

  /** "4 Juli 2025" in Indonesian, "4 July 2025" in English. */
  static String date(LocalDate date, Language language) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
  }

  /**
   * Whether any figure the report shows is built from sample data (the trend, the domain and aspect results, the
   * gap table): then every page says so, so that no page can be quoted on its own as official.
   */
  static boolean illustrative(ReviewData data) {
    return data.ringkasan().trend().stream().anyMatch(r -> Boolean.TRUE.equals(r.isIllustrative()))
        || data.ringkasan().series().stream().anyMatch(p -> p.isIllustrative())
        || data.gaps().rows().stream().anyMatch(r -> Boolean.TRUE.equals(r.isIllustrative()))
        || data.evidence() != null && data.evidence().illustrative();
  }

  /**
   * "Halaman 3 dari 4 · Kabupaten Blitar (6521) · 2025" at the foot of every page, and the illustrative warning at the
   * head of every page of a report built from sample data.
   */
  private static final class Footer extends PdfPageEventHelper {
    private final Messages m;
    private final String context;
    private final boolean illustrative;
    private final int pages;

    Footer(Messages m, String context, boolean illustrative, int pages) {
      this.m = m;
      this.context = context;
      this.illustrative = illustrative;
      this.pages = pages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float middle = (document.left() + document.right()) / 2;
      String page = String.valueOf(writer.getPageNumber());
      String text = (pages > 0 ? m.text("report.pageOf", Map.of("page", page, "pages", String.valueOf(pages)))
          : m.text("report.page", Map.of("page", page))) + " · " + context;
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(text, PdfTables.SMALL),
          middle, document.bottom() - 20, 0);
      if (illustrative) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
            new Phrase(m.text("report.illustrative"), PdfTables.WARNING), middle, document.top() + 14, 0);
      }
    }
  }
}
