package id.spbe.analytics.dashboard.view;

/** The filters a view can take, with the name they have in the URL. */
public enum Param {
  INSTANSI("instansi"),
  YEAR("year"),
  SOURCE("source"),
  DOMAIN("domain"),
  ASPECT("aspect"),
  OPD("opd"),
  /** the action plan's framework (Rencana aksi); other views take the framework of the selected year */
  FRAMEWORK("framework"),
  RUN("run"),
  /** the bukti dukung snapshot (Bukti dukung view): a date among the year's evidence files */
  SNAPSHOT("snapshot");

  private final String urlName;

  Param(String urlName) {
    this.urlName = urlName;
  }

  public String urlName() {
    return urlName;
  }
}
