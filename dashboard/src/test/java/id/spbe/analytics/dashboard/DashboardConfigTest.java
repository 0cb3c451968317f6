package id.spbe.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardConfigTest {
  @TempDir
  Path dir;

  @Test
  void onLoopbackSignInIsOptional() {
    DashboardConfig config = DashboardMain.parse(new String[] {"--port", "0"}, Map.of());
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.signInRequired()).isFalse();
    assertThat(DashboardMain.parse(new String[0], Map.of("SPBE_HOST", "localhost")).signInRequired()).isFalse();
  }

  @Test
  void anAddressReachableFromTheNetworkRequiresAUsersFile() throws IOException {
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--host", "0.0.0.0"}, Map.of()))
        .hasMessageContaining("sign-in is required").hasMessageContaining("--users");
    assertThatThrownBy(() -> DashboardMain.parse(new String[0], Map.of("SPBE_HOST", "0.0.0.0")))
        .hasMessageContaining("sign-in is required");
    Path users = Files.writeString(dir.resolve("users.json"), "{}");
    DashboardConfig config = DashboardMain.parse(new String[] {"--host", "0.0.0.0", "--users", users.toString(),
        "--secure-cookies", "--instansi", "6521"}, Map.of());
    assertThat(config.signInRequired()).isTrue();
    assertThat(config.secureCookies()).isTrue();
    assertThat(config.defaultInstansi()).isEqualTo("6521");
  }

  @Test
  void badFlagsAreNamed() {
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--port", "tujuh"}, Map.of()))
        .hasMessageContaining("'tujuh'");
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--users", dir.resolve("nope.json").toString()},
        Map.of())).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--verbose"}, Map.of()))
        .hasMessageContaining("Unknown option --verbose");
  }

  @Test
  void behindAProxyThePublicUrlAndTrustAreTakenFromFlagsOrEnvironment() throws IOException {
    Path users = Files.writeString(dir.resolve("users.json"), "{}");
    DashboardConfig config = DashboardMain.parse(new String[] {"--host", "0.0.0.0", "--users", users.toString(),
        "--public-url", "https://spbe.blitarkab.go.id", "--trust-proxy"}, Map.of());
    assertThat(config.publicUrl()).hasToString("https://spbe.blitarkab.go.id");
    assertThat(config.trustProxy()).isTrue();
    assertThat(config.origin().localNames()).contains("spbe.blitarkab.go.id", "localhost", "0.0.0.0");
    DashboardConfig fromEnv = DashboardMain.parse(new String[0], Map.of("SPBE_PUBLIC_URL", "http://localhost:8080",
        "SPBE_TRUST_PROXY", "true"));
    assertThat(fromEnv.trustProxy()).isTrue();
    assertThat(DashboardMain.parse(new String[0], Map.of()).trustProxy()).isFalse();
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--public-url", "spbe.blitarkab.go.id"}, Map.of()))
        .hasMessageContaining("--public-url must be an http or https address");
    assertThatThrownBy(() -> DashboardMain.parse(new String[] {"--public-url", "ftp://x.example"}, Map.of()))
        .hasMessageContaining("--public-url");
  }
}
