package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import id.spbe.analytics.dashboard.web.PublicOrigin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, points 4 and 6: sign-in through the TLS proxy the README describes. The browser's page is
 * https://spbe.blitarkab.go.id; the proxy talks plain http to the dashboard and says so in its headers.
 */
class ProxySignInTest {
  private static final String PUBLIC = "https://spbe.blitarkab.go.id";
  private static final Map<String, String> THROUGH_PROXY = Map.of("Origin", PUBLIC, "Sec-Fetch-Site", "same-origin",
      "X-Forwarded-Proto", "https", "X-Forwarded-Host", "spbe.blitarkab.go.id", "X-Forwarded-For", "10.1.2.3");

  private static DashboardServer behind(PublicOrigin origin) {
    return new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5),
        TestAccounts.access(new MutableClock()), origin, new MutableClock());
  }

  private static HttpResponse<String> login(DashboardServer server, Map<String, String> headers, String username,
      String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/api/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
            + "\"}"));
    headers.forEach(request::header);
    return server.send(request.build());
  }

  @Test
  void withTrustProxyTheForwardedHttpsOriginSignsInWithASecureCookie() {
    try (DashboardServer server = behind(new PublicOrigin(null, true, PublicOrigin.localNames("127.0.0.1")))) {
      HttpResponse<String> response = login(server, THROUGH_PROXY, TestAccounts.ANALYST,
          TestAccounts.ANALYST_PASSWORD);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
      HttpResponse<String> rfc7239 = login(server, Map.of("Origin", PUBLIC,
          "Forwarded", "for=10.1.2.3;proto=https;host=spbe.blitarkab.go.id"), TestAccounts.OPD,
          TestAccounts.OPD_PASSWORD);
      assertThat(rfc7239.statusCode()).as(rfc7239.body()).isEqualTo(200);
      assertThat(login(server, Map.of("Origin", "https://evil.example", "X-Forwarded-Proto", "https",
          "X-Forwarded-Host", "spbe.blitarkab.go.id"), TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD)
          .statusCode()).as("another site is still another site").isEqualTo(403);
    }
  }

  @Test
  void withAPublicUrlTheOriginIsThatWhateverTheHeadersSay() {
    try (DashboardServer server = behind(new PublicOrigin(URI.create(PUBLIC), false,
        Set.of("127.0.0.1", "spbe.blitarkab.go.id")))) {
      HttpResponse<String> response = login(server, Map.of("Origin", PUBLIC), TestAccounts.ANALYST,
          TestAccounts.ANALYST_PASSWORD);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
      assertThat(login(server, Map.of("Origin", server.base()), TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD)
          .statusCode()).as("the bound address is not the public origin").isEqualTo(403);
    }
  }

  @Test
  void withoutTrustTheProxyHeadersCountForNothing() {
    try (DashboardServer server = behind(PublicOrigin.direct("127.0.0.1"))) {
      assertThat(login(server, THROUGH_PROXY, TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD).statusCode())
          .as("anyone can send X-Forwarded-Proto; it is believed only from a proxy we were told of").isEqualTo(403);
    }
  }

  @Test
  void behindATrustedProxyTheAddressCountIsTheRealClientsNotTheProxys() {
    try (DashboardServer server = behind(new PublicOrigin(null, true, PublicOrigin.localNames("127.0.0.1")))) {
      // twenty wrong passwords on twenty names from one office PC: that PC waits
      for (int i = 0; i < 20; i++) {
        assertThat(login(server, Map.of("X-Forwarded-For", "10.0.0.7"), "nama-" + i, "salah").statusCode())
            .isEqualTo(401);
      }
      assertThat(login(server, Map.of("X-Forwarded-For", "10.0.0.7"), TestAccounts.ANALYST,
          TestAccounts.ANALYST_PASSWORD).statusCode()).isEqualTo(429);
      // everyone else comes through the same proxy and is not held up; a made-up first hop changes nothing
      assertThat(login(server, Map.of("X-Forwarded-For", "10.0.0.7, 10.0.0.8"), TestAccounts.ANALYST,
          TestAccounts.ANALYST_PASSWORD).statusCode()).isEqualTo(200);
      assertThat(login(server, Map.of("X-Forwarded-For", "10.0.0.8"), TestAccounts.OPD, TestAccounts.OPD_PASSWORD)
          .statusCode()).isEqualTo(200);
    }
  }
}
