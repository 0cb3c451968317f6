package id.spbe.analytics.benchmark.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API paths the dashboard's own pages call, read from the scripts its start page loads: endpoints added
 * to the dashboard are measured even before anyone adds them to the endpoint list.
 */
final class ScriptDiscovery {
  private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
  private static final Pattern API_PATH = Pattern.compile("['\"`](/api/[a-z0-9_/-]*[a-z0-9_])(\\$\\{)?");

  private ScriptDiscovery() {}

  static Set<String> apiPaths(HttpClient http, URI base) throws IOException, InterruptedException {
    Set<String> paths = new TreeSet<>();
    Matcher scripts = SCRIPT.matcher(get(http, base));
    while (scripts.find()) {
      String src = scripts.group(1);
      if (src.contains("webjars") || src.startsWith("http")) {
        continue; // libraries, not the dashboard's code
      }
      Matcher api = API_PATH.matcher(get(http, base.resolve(src)));
      while (api.find()) {
        if (api.group(2) == null) { // a path built at run time ("/api/export/${x}") is no endpoint by itself
          paths.add(api.group(1));
        }
      }
    }
    return paths;
  }

  private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + response.statusCode());
    }
    return response.body();
  }
}
