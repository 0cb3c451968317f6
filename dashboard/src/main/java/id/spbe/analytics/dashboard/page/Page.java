package id.spbe.analytics.dashboard.page;

import id.spbe.analytics.dashboard.view.ViewKind;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's pages. A view's page is named after its view: the fragment {@code pages/<name>.html} holds its
 * own content, {@code /js/<name>.js} is its script, {@code title.<name>} its title and {@code <name>.title} its
 * heading. The login page has no view: it is what a signed-out visitor sees, so it loads only its own script.
 */
public enum Page {
  RINGKASAN(ViewKind.RINGKASAN, List.of("/", "/index.html")),
  DOMAIN(ViewKind.DOMAIN_ASPEK, List.of("/domain.html")),
  INDIKATOR(ViewKind.INDIKATOR, List.of("/indikator.html")),
  OPD(ViewKind.OPD_SCORECARD, List.of("/opd.html")),
  BUKTI(ViewKind.BUKTI, List.of("/bukti.html"), "/css/bukti.css"),
  RENCANA(ViewKind.RENCANA, List.of("/rencana.html")),
  PERBANDINGAN(ViewKind.PERBANDINGAN, List.of("/perbandingan.html")),
  DATA(ViewKind.DATA, List.of("/data.html")),
  /** public: the sign-in guard lets its path through (AccessGuard) */
  LOGIN("login", null, List.of("/login.html"));

  private final String pageName;
  private final ViewKind view;
  private final List<String> paths;
  private final List<String> stylesheets;

  Page(ViewKind view, List<String> paths, String... stylesheets) {
    this(view.apiName(), view, paths, stylesheets);
  }

  Page(String pageName, ViewKind view, List<String> paths, String... stylesheets) {
    this.pageName = pageName;
    this.view = view;
    this.paths = paths;
    this.stylesheets = List.of(stylesheets);
  }

  public String pageName() {
    return pageName;
  }

  /** The view the page shows; none for the login page. */
  public Optional<ViewKind> view() {
    return Optional.ofNullable(view);
  }

  /** Where the page is served; the first is the one links use. */
  public List<String> paths() {
    return paths;
  }

  /** Stylesheets of its own, after the shared app.css. */
  public List<String> stylesheets() {
    return stylesheets;
  }

  public String fragment() {
    return "pages/" + pageName + ".html";
  }

  public String script() {
    return "/js/" + pageName + ".js";
  }

  public String titleKey() {
    return "title." + pageName;
  }
}
