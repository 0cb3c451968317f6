package id.spbe.analytics.dashboard.page;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.view.Param;
import id.spbe.analytics.dashboard.view.ViewKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every page's HTML, rendered once at start. The document ({@code pages/shell.html}: head, icon, stylesheet) and a
 * view's frame ({@code pages/frame.html}: skip link, top bar, heading, message, footer) are written once, around
 * each page's own content ({@code pages/<name>.html}); the filters a page shows come from its {@link ViewKind} and
 * the Chart.js path from the webjar ({@link ChartJs}), so none of them is copied by hand into every page. A
 * missing fragment or a placeholder nobody fills stops the start, naming it, instead of a page failing later.
 */
public final class PageShell {
  static final String SHELL = "pages/shell.html";
  static final String FRAME = "pages/frame.html";
  /** What a view's page loads after Chart.js and before its own script: i18n first (the others use I18n), shell last */
  private static final List<String> VIEW_SCRIPTS = List.of("/js/i18n.js", "/js/api.js", "/js/bands.js",
      "/js/charts.js", "/js/tables.js", "/js/shell.js");
  /**
   * The top bar's links, {@code <view>=<path>} in the enum's order: shell.js builds its navigation from this, so a
   * page's path is written only in {@link Page}.
   */
  static final String NAV = Stream.of(Page.values()).filter(p -> p.view().isPresent())
      .map(p -> p.pageName() + "=" + p.paths().get(0)).collect(Collectors.joining(" "));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");

  private final Map<Page, String> html = new EnumMap<>(Page.class);

  /** @param resources a resource's text by its classpath name, empty when there is none */
  PageShell(Function<String, Optional<String>> resources, String chartJs) {
    String shell = required(resources, SHELL);
    String frame = required(resources, FRAME);
    for (Page page : Page.values()) {
      html.put(page, render(page, shell, frame, required(resources, page.fragment()).stripTrailing(), chartJs));
    }
  }

  /** The pages from the dashboard's own resources. */
  public static PageShell fromClasspath() {
    return new PageShell(PageShell::classpath, ChartJs.scriptPath());
  }

  public String html(Page page) {
    return html.get(page);
  }

  private static String render(Page page, String shell, String frame, String content, String chartJs) {
    // the Indonesian texts are what shows before i18n.js puts in the visitor's language
    Messages texts = Messages.of(Language.ID);
    Optional<ViewKind> view = page.view();
    List<String> scripts = new ArrayList<>();
    if (view.isPresent()) {
      scripts.add(chartJs);
      scripts.addAll(VIEW_SCRIPTS);
    } else {
      scripts.add("/js/i18n.js");
    }
    scripts.add(page.script());
    String assets = Stream.concat(
        page.stylesheets().stream().map(href -> "  <link rel=\"stylesheet\" href=\"" + href + "\">"),
        scripts.stream().map(src -> "  <script src=\"" + src + "\" defer></script>"))
        .collect(Collectors.joining("\n"));
    String body = view.map(v -> fill(FRAME, frame, Map.of("heading-key", v.apiName() + ".title",
        "heading", escape(texts.text(v.apiName() + ".title")), "content", content))).orElse(content);
    // the page without a view is the login page: no top bar, a centred form (app.css)
    String bodyAttributes = view.map(v -> " data-view=\"" + v.apiName() + "\" data-filters=\""
        + v.params().stream().map(Param::urlName).collect(Collectors.joining(" ")) + "\" data-views=\"" + NAV + "\" data-login=\"" + Page.LOGIN.paths().get(0) + "\"")
        .orElse(" class=\"login-page\"");
    return fill(SHELL, shell, Map.of("title-key", page.titleKey(), "title", escape(texts.text(page.titleKey())),
        "assets", assets, "body-attributes", bodyAttributes, "body", body));
  }

  private static String fill(String name, String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    return m.replaceAll(found -> {
      String value = values.get(found.group(1));
      if (value == null) {
        throw new IllegalStateException(name + " has a placeholder {{" + found.group(1) + "}} that nothing fills");
      }
      return Matcher.quoteReplacement(value);
    });
  }

  private static String required(Function<String, Optional<String>> resources, String name) {
    return resources.apply(name).orElseThrow(() -> new IllegalStateException("Missing page resource " + name));
  }

  private static Optional<String> classpath(String name) {
    try (InputStream in = PageShell.class.getResourceAsStream("/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
