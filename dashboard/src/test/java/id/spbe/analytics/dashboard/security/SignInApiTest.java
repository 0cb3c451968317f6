package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInApiTest {
  private MutableClock clock;
  private DashboardServer server;

  @BeforeEach
  void start() {
    clock = new MutableClock();
    server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5), TestAccounts.access(clock));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> login(String username, String password) {
    return server.postJson("/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  @Test
  void withoutASessionTheApiSays401AndPagesGoToTheLoginPage() {
    HttpResponse<String> api = server.get("/api/ringkasan?instansi=6521");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("sign_in_required").contains("Silakan masuk");
    HttpResponse<String> page = server.get("/indikator.html?year=2025");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).contains("/login.html?next=%2Findikator.html%3Fyear%3D2025");
    assertThat(server.get("/js/indikator.js").statusCode()).isEqualTo(302);
    assertThat(server.get("/api/export/indikator?format=csv&instansi=6521").statusCode()).isEqualTo(401);
    assertThat(server.get("/api/laporan?instansi=6521&year=2025").statusCode()).isEqualTo(401);
    for (String open : new String[] {"/login.html", "/css/app.css", "/js/login.js", "/js/i18n.js", "/i18n/en.json"}) {
      assertThat(server.get(open).statusCode()).as(open).isEqualTo(200);
    }
  }

  @Test
  void aRightPasswordOpensAnHttpOnlySameSiteSession() {
    HttpResponse<String> response = login("Bappeda", TestAccounts.ANALYST_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("spbe_session=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
        .doesNotContain("Secure");
    assertThat(DashboardServer.parse(response.body()).path("role").asText()).isEqualTo("analyst");
    assertThat(server.json("/api/me").path("display_name").asText()).isEqualTo("Bappeda Kab. Blitar");
    assertThat(server.get("/api/ringkasan?instansi=6521").statusCode()).isEqualTo(200);
    assertThat(server.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
    HttpResponse<String> wrong = login(TestAccounts.ANALYST, "salah");
    HttpResponse<String> unknown = login("siapa", "salah");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(unknown.body()).contains("wrong_credentials");
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void pastFiveFailuresEachAttemptWaitsLongerButTheRightPasswordIsNeverLockedOut() {
    for (int i = 0; i < 5; i++) {
      assertThat(login(TestAccounts.ANALYST, "tebakan-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> waiting = login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.headers().firstValue("Retry-After")).contains("1");
    assertThat(waiting.body()).contains("too_many_attempts").contains("1 detik");
    assertThat(login(TestAccounts.OPD, TestAccounts.OPD_PASSWORD).statusCode())
        .as("another name from the same PC is still allowed").isEqualTo(200);
    // the guesser goes on: 1 s, 2 s, 4 s ... between attempts, never more than a minute
    long lastWait = 0;
    for (int i = 5; i < 14; i++) {
      clock.advance(Duration.ofSeconds(lastWait == 0 ? 1 : lastWait));
      assertThat(login(TestAccounts.ANALYST, "tebakan-" + i).statusCode()).as("guess %d", i).isEqualTo(401);
      HttpResponse<String> next = login(TestAccounts.ANALYST, "tebakan-lagi");
      assertThat(next.statusCode()).isEqualTo(429);
      lastWait = Long.parseLong(next.headers().firstValue("Retry-After").orElseThrow());
    }
    assertThat(lastWait).as("the wait stops growing at a minute").isEqualTo(60);
    clock.advance(Duration.ofSeconds(60));
    assertThat(login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD).statusCode())
        .as("the owner gets in a minute later at most, not fifteen").isEqualTo(200);
    assertThat(login(TestAccounts.ANALYST, "tebakan-baru").statusCode())
        .as("a right password starts the name's count again").isEqualTo(401);
  }

  @Test
  void parallelGuessesCannotOutrunTheCount() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String guess = "paralel-" + i;
        answers.add(pool.submit(() -> {
          start.await();
          return login(TestAccounts.ANALYST, guess).statusCode();
        }));
      }
      start.countDown();
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(statuses).as("only the five free failures get a password check").containsOnly(401, 429);
      assertThat(statuses.stream().filter(st -> st == 401).count()).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void signingInAgainEndsTheOldTokenAndTheCookieEndsWithTheBrowser() {
    HttpResponse<String> first = login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    String firstCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(firstCookie).doesNotContainIgnoringCase("Max-Age").doesNotContainIgnoringCase("Expires");
    HttpResponse<String> second = login(TestAccounts.OPD, TestAccounts.OPD_PASSWORD);
    String secondToken = second.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(withCookie(firstCookie.split(";")[0]).statusCode()).as("the token signed in over is dead")
        .isEqualTo(401);
    assertThat(withCookie(secondToken).statusCode()).isEqualTo(200);
  }

  @Test
  void signingOutEndsTheSessionAndAnIdleSessionExpires() {
    HttpResponse<String> response = login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    String token = response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(server.postJson("/api/logout", "{}").statusCode()).isEqualTo(204);
    assertThat(withCookie(token).statusCode()).as("the old token is dead").isEqualTo(401);
    login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    clock.advance(Duration.ofMinutes(29));
    assertThat(server.get("/api/me").statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));
    assertThat(server.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aLoginPostedFromAnotherSiteIsRefused() {
    HttpRequest foreign = HttpRequest.newBuilder(URI.create(server.base() + "/api/login"))
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bappeda\",\"password\":\"x\"}")).build();
    HttpResponse<String> response = server.send(foreign);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("foreign_origin");
    HttpRequest crossSite = HttpRequest.newBuilder(URI.create(server.base() + "/api/logout"))
        .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()).build();
    assertThat(server.send(crossSite).statusCode()).isEqualTo(403);
    assertThat(server.postJson("/api/login", "{not json").statusCode()).isEqualTo(400);
    HttpRequest form = HttpRequest.newBuilder(URI.create(server.base() + "/api/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=bappeda&password=x")).build();
    assertThat(server.send(form).statusCode()).isEqualTo(400);
  }

  @Test
  void anOpdAccountSeesOnlyItsOwnOpdsSelfAssessmentDetails() {
    assertThat(login(TestAccounts.OPD, TestAccounts.OPD_PASSWORD).statusCode()).isEqualTo(200);
    JsonNode gap = server.json("/api/indikator?instansi=6521&year=2025");
    assertThat(gap.path("hidden_rows").asInt()).isEqualTo(7);
    for (JsonNode row : gap.path("rows")) {
      boolean own = row.path("opd_code").asText().equals("KOMINFO");
      assertThat(row.path("self_assessment_hidden").asBoolean()).isEqualTo(!own);
      assertThat(row.path("justification").isNull()).as(row.path("indicator_code").asText()).isEqualTo(!own);
      if (!own) {
        assertThat(row.path("self_level").isNull()).isTrue();
        assertThat(row.path("evidence").isNull()).isTrue();
        assertThat(row.path("official_level").isNull()).as("official levels stay visible").isFalse();
      }
    }
    JsonNode cards = server.json("/api/opd?instansi=6521&year=2025").path("scorecards");
    for (JsonNode card : cards) {
      boolean own = card.path("opd_code").asText().equals("KOMINFO");
      assertThat(card.path("calibration_hidden").asBoolean()).isEqualTo(!own);
      assertThat(card.path("calibration_mean_bias").isNull()).isEqualTo(!own);
    }
    JsonNode refused = server.json("/api/data?run=" + SharedWarehouse.REFUSED_RUN);
    assertThat(refused.path("raw_values_hidden").asBoolean()).isTrue();
    assertThat(refused.path("quarantined").get(0).path("raw_value").isNull()).isTrue();
    String csv = new String(server.bytes("/api/export/indikator?format=csv&instansi=6521&year=2025").body(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).contains("Jaringan intra menghubungkan 40 OPD").doesNotContain("Aplikasi perencanaan")
        .doesNotContain("HYPERLINK");
  }

  @Test
  void theAnalystSeesEveryOpdsDetails() {
    login(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    JsonNode gap = server.json("/api/indikator?instansi=6521&year=2025");
    assertThat(gap.path("hidden_rows").asInt()).isZero();
    assertThat(server.json("/api/data?run=" + SharedWarehouse.REFUSED_RUN).path("quarantined").get(0)
        .path("raw_value").asText()).isEqualTo("=1+2");
  }

  private HttpResponse<String> withCookie(String cookie) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + "/api/me"))
          .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
