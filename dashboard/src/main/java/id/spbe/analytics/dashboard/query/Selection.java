package id.spbe.analytics.dashboard.query;

import java.time.LocalDate;

/**
 * What the user picked in the filters, already checked against the published data (null: not picked). Every view
 * reads the fields it uses and ignores the rest.
 *
 * @param instansiCode the instansi (kode instansi)
 * @param year evaluation year
 * @param frameworkId framework of an action plan (Rencana aksi)
 * @param source official or self_assessment; null shows both
 * @param domainCode domain filter or drill-down
 * @param aspectCode aspect drill-down
 * @param opdCode OPD pengampu filter
 * @param runId pipeline run (Data view)
 * @param snapshotOn the bukti dukung snapshot (Bukti dukung view): the date its evidence file is the state of
 */
public record Selection(String instansiCode, Integer year, String frameworkId, String source, String domainCode,
    String aspectCode, String opdCode, String runId, LocalDate snapshotOn) {

  /** A selection without a bukti dukung snapshot: what every view but Bukti dukung takes. */
  public Selection(String instansiCode, Integer year, String frameworkId, String source, String domainCode,
      String aspectCode, String opdCode, String runId) {
    this(instansiCode, year, frameworkId, source, domainCode, aspectCode, opdCode, runId, null);
  }

  public static Selection ofInstansi(String instansiCode) {
    return new Selection(instansiCode, null, null, null, null, null, null, null);
  }

  public Selection withYear(Integer value) {
    return new Selection(instansiCode, value, frameworkId, source, domainCode, aspectCode, opdCode, runId, snapshotOn);
  }

  public Selection withFramework(String value) {
    return new Selection(instansiCode, year, value, source, domainCode, aspectCode, opdCode, runId, snapshotOn);
  }

  public Selection withSource(String value) {
    return new Selection(instansiCode, year, frameworkId, value, domainCode, aspectCode, opdCode, runId, snapshotOn);
  }

  public Selection withDomain(String value) {
    return new Selection(instansiCode, year, frameworkId, source, value, aspectCode, opdCode, runId, snapshotOn);
  }

  public Selection withAspect(String value) {
    return new Selection(instansiCode, year, frameworkId, source, domainCode, value, opdCode, runId, snapshotOn);
  }

  public Selection withOpd(String value) {
    return new Selection(instansiCode, year, frameworkId, source, domainCode, aspectCode, value, runId, snapshotOn);
  }

  public Selection withSnapshot(LocalDate value) {
    return new Selection(instansiCode, year, frameworkId, source, domainCode, aspectCode, opdCode, runId, value);
  }

  public Selection withRun(String value) {
    return new Selection(instansiCode, year, frameworkId, source, domainCode, aspectCode, opdCode, value, snapshotOn);
  }
}
