package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
  private static final String HASH = PasswordHashing.hash("kata-sandi-panjang".toCharArray(), 10);
  @TempDir
  Path dir;

  private Path file(String json) throws IOException {
    return Files.writeString(dir.resolve("users.json"), json);
  }

  @Test
  void readsAnalystsAndOpdAccountsFromTheUsersFile() throws IOException {
    Accounts accounts = Accounts.load(file("""
        {"users": [
          {"username": "bappeda", "display_name": "Bappeda", "role": "analyst", "password_hash": "%1$s"},
          {"username": "kominfo", "role": "opd", "instansi_code": "6521", "opd_code": "KOMINFO",
           "password_hash": "%1$s"}
        ]}
        """.formatted(HASH)));
    assertThat(accounts.size()).isEqualTo(2);
    Account opd = accounts.find("KOMINFO").orElseThrow();
    assertThat(opd.role()).isEqualTo(Role.OPD);
    assertThat(opd.visibility().sees("6521", "KOMINFO")).isTrue();
    assertThat(opd.visibility().sees("6521", "BAPPEDA")).isFalse();
    assertThat(opd.visibility().sees("6576", "KOMINFO")).isFalse();
    assertThat(opd.displayName()).isEqualTo("kominfo");
    assertThat(opd.toString()).doesNotContain(HASH);
    assertThat(accounts.find("bappeda").orElseThrow().visibility().everything()).isTrue();
  }

  @Test
  void mistakesStopTheStartNamingTheUser() throws IOException {
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "admin", "password_hash": "%s"}]}""".formatted(HASH))))
        .hasMessageContaining("user 'a'").hasMessageContaining("role must be 'analyst' or 'opd'");
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "analyst", "password_hash": "rahasia"}]}""")))
        .hasMessageContaining("not a BCrypt hash").hasMessageContaining("hash-password");
    String weak = PasswordHashing.hash("kata-sandi-panjang".toCharArray(), 4);
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "analyst", "password_hash": "%s"}]}""".formatted(weak))))
        .hasMessageContaining("cost 4");
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "opd", "password_hash": "%s"}]}""".formatted(HASH))))
        .hasMessageContaining("no instansi_code and opd_code");
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "analyst", "password_hash": "%1$s"},
                   {"username": "A", "role": "analyst", "password_hash": "%1$s"}]}""".formatted(HASH))))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "analyst", "passwd": "x"}]}""")))
        .hasMessageContaining("Cannot read users file");
    assertThatThrownBy(() -> Accounts.load(file("{\"users\": []}"))).hasMessageContaining("lists no users");
  }

  @Test
  void usersOfDifferentCostsAreRefusedAndUnknownNamesAreCheckedAtTheUsersCost() throws IOException {
    String costlier = PasswordHashing.hash("kata-sandi-panjang".toCharArray(), 11);
    // a wrong password would take twice as long for 'b' as for 'a': the time alone would tell them apart
    assertThatThrownBy(() -> Accounts.load(file("""
        {"users": [{"username": "a", "role": "analyst", "password_hash": "%s"},
                   {"username": "b", "role": "analyst", "password_hash": "%s"}]}""".formatted(HASH, costlier))))
        .hasMessageContaining("'b' has a password hash of cost 11").hasMessageContaining("'a' of cost 10")
        .hasMessageContaining("hash-password --cost 10");
    Accounts accounts = Accounts.load(file("""
        {"users": [{"username": "b", "role": "analyst", "password_hash": "%s"}]}""".formatted(costlier)));
    assertThat(PasswordHashing.cost(accounts.unknownUserHash())).hasValue(11);
    assertThat(PasswordHashing.matches("kata-sandi-panjang".toCharArray(), accounts.unknownUserHash())).isFalse();
  }
}
