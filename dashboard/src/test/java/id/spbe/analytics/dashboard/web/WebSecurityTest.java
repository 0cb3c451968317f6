package id.spbe.analytics.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSecurityTest {
  @TempDir
  Path dir;

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      for (String path : List.of("/", "/rencana.html", "/api/ringkasan?instansi=6521", "/js/shell.js",
          "/api/tidak-ada", "/api/indikator?year=x", "/webjars/chart.js/" + System.getProperty("chartjs.version")
              + "/dist/chart.umd.min.js",
          "/api/export/indikator?format=csv&instansi=6521")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
            .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline")
            .doesNotContain("unsafe-eval").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
      }
      assertThat(server.get("/api/ringkasan?instansi=6521").headers().firstValue("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void withoutSignInOnlyHostNamesOfThisMachineAreAnswered() throws IOException {
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      int port = java.net.URI.create(server.base()).getPort();
      // DNS rebinding: evil.example first resolved to the attacker, then to 127.0.0.1; the page keeps its origin
      for (String foreign : List.of("evil.example", "evil.example:" + port, "127.0.0.1.nip.io", "localhost.evil.example")) {
        String answer = rawGet(port, "/api/ringkasan?instansi=6521", foreign);
        assertThat(answer).as(foreign).startsWith("HTTP/1.1 421").contains("foreign_host")
            .doesNotContain("Kabupaten Blitar");
        assertThat(rawGet(port, "/", foreign)).as(foreign).startsWith("HTTP/1.1 421");
      }
      for (String local : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
        assertThat(rawGet(port, "/api/ringkasan?instansi=6521", local)).as(local).startsWith("HTTP/1.1 200")
            .contains("Kabupaten Blitar");
      }
    }
  }

  /** A GET with a {@code Host} header of our choosing, which java.net.http will not send. */
  private static String rawGet(int port, String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String raw(int port, String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void jettysOwnErrorPagesCarryTheSecurityHeadersToo() throws IOException {
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      int port = java.net.URI.create(server.base()).getPort();
      String host = "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n";
      String longUri = "/api/ringkasan?instansi=" + "6".repeat(20_000);
      String bigHeader = "X-Filler: " + "x".repeat(20_000) + "\r\n";
      List<String[]> cases = List.of(
          new String[] {"400", "GET / HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n"},
          new String[] {"414", "GET " + longUri + " HTTP/1.1\r\n" + host + "\r\n"},
          new String[] {"431", "GET / HTTP/1.1\r\n" + host + bigHeader + "\r\n"});
      for (String[] c : cases) {
        String answer = raw(port, c[1]);
        assertThat(answer).as(c[0]).startsWith("HTTP/1.1 " + c[0]);
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(head).as(c[0]).contains("content-security-policy: default-src 'self'")
            .contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
            .contains("referrer-policy: no-referrer");
        assertThat(answer).as(c[0]).doesNotContain("Jetty").doesNotContain("Exception");
      }
    }
  }

  @Test
  void unsupportedMethodsAnswer405() throws IOException {
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      int port = java.net.URI.create(server.base()).getPort();
      String host = "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\nContent-Length: 0\r\n";
      for (String request : List.of("PUT /api/ringkasan?instansi=6521", "DELETE /api/indikator", "PATCH /api/login",
          "POST /api/ringkasan", "DELETE /index.html")) {
        String answer = raw(port, request + " HTTP/1.1\r\n" + host + "\r\n");
        assertThat(answer).as(request).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: ")
            .containsIgnoringCase("x-frame-options: deny");
      }
      assertThat(raw(port, "POST /api/login HTTP/1.1\r\n" + host + "\r\n")).doesNotStartWith("HTTP/1.1 405");
    }
  }

  @Test
  void staticFilesComeOnlyFromTheClasspathsPublicFolder() {
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      for (String path : List.of("/simplelogger.properties", "/..%2fsimplelogger.properties",
          "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fsimplelogger.properties",
          "/id/spbe/analytics/dashboard/DashboardApp.class", "/../pom.xml", "/CURRENT",
          "/versions/v-000001/trend/part-00000.parquet")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.body()).as(path).doesNotContain("org.slf4j").doesNotContain("root:")
            .doesNotContain("v-000001").doesNotContain("Exception");
      }
    }
  }

  @Test
  void aFailingQueryAnswers500WithoutAnyDetail() throws Exception {
    WarehouseFixture fixture = new WarehouseFixture(dir).blitar("v-000001", "2.76").publish("v-000001");
    Path trend = fixture.root().resolve("versions/v-000001/trend/part-00000.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      // a trend table without its year column: what a broken pipeline run could publish
      s.execute("copy (select '6521' as instansi_code) to '" + trend + "' (format parquet)");
    }
    try (DashboardServer server = new DashboardServer(dir, Duration.ofSeconds(5))) {
      HttpResponse<String> response = server.get("/api/ringkasan?instansi=6521");
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("{\"error\":\"internal_error\",\"message\":\"Terjadi kesalahan pada "
          + "server.\",\"message_en\":\"The server failed.\"}");
    }
  }

  @Test
  void aVersionWithoutAViewsTablesSaysWhichAreMissing() throws Exception {
    WarehouseFixture fixture = new WarehouseFixture(dir)
        .table("v-000001", "instansi", "select '6521' as instansi_code, 'Kabupaten Blitar' as instansi_name, "
            + "'kabupaten' as instansi_kind, 'x' as source_file, 2 as source_row")
        .publish("v-000001");
    try (DashboardServer server = new DashboardServer(fixture.root(), Duration.ofSeconds(5))) {
      HttpResponse<String> response = server.get("/api/indikator?instansi=6521");
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("table_missing").contains("gap_to_target").contains("pipeline");
    }
  }

  @Test
  void thePagesLoadNothingFromOutsideTheDashboard() throws IOException {
    // the static files, and the pages' shell and fragments (PageShell)
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/public")),
        Files.walk(Path.of("src/main/resources/pages")))) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).toList()) {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContainPattern("(src|href)=\"(https?:)?//")
            .doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain(" style=\"");
      }
    }
  }
}
