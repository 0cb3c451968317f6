package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.InstansiQueries.Instansi;

/** Small lookups every view shares. */
final class Views {
  private Views() {}

  /** The selected instansi's entry among the choices (the selection was checked against them). */
  static Instansi instansi(ViewContext v) {
    return v.choices().instansi().stream()
        .filter(i -> i.instansiCode().equals(v.selection().instansiCode()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Selected instansi is not among the choices"));
  }
}
