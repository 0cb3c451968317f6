package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void aHashMatchesItsPasswordOnlyAndCarriesItsCost() {
    String hash = PasswordHashing.hash("kata sandi Bappeda".toCharArray(), 10);
    assertThat(hash).startsWith("$2a$10$").hasSize(60);
    assertThat(PasswordHashing.matches("kata sandi Bappeda".toCharArray(), hash)).isTrue();
    assertThat(PasswordHashing.matches("kata sandi bappeda".toCharArray(), hash)).isFalse();
    assertThat(PasswordHashing.cost(hash)).hasValue(10);
    assertThat(PasswordHashing.cost("plain")).isEmpty();
    assertThat(PasswordHashing.hash("kata sandi Bappeda".toCharArray(), 10)).as("salted").isNotEqualTo(hash);
    assertThatThrownBy(() -> PasswordHashing.hash("x".repeat(73).toCharArray(), 10)).hasMessageContaining("72 bytes");
  }

  @Test
  void theCliPrintsAHashForTheUsersFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = HashPasswordCommand.run(new String[] {"--cost", "10"}, null,
        new ByteArrayInputStream("rahasia-kominfo-2026\n".getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(PasswordHashing.matches("rahasia-kominfo-2026".toCharArray(), hash)).isTrue();
    assertThat(hash).doesNotContain("rahasia");
  }

  @Test
  void theCliRefusesShortPasswordsAndWeakCosts() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(HashPasswordCommand.run(new String[0], null, new ByteArrayInputStream("pendek\n".getBytes()),
        System.out, errors)).isEqualTo(2);
    assertThat(HashPasswordCommand.run(new String[] {"--cost", "4"}, null,
        new ByteArrayInputStream("cukup-panjang-sekali\n".getBytes()), System.out, errors)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters").contains("--cost must be 10-31");
  }
}
