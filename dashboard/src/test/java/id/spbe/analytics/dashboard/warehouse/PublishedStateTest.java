package id.spbe.analytics.dashboard.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newly published version is served without a restart, and no request ever mixes two versions. */
class PublishedStateTest {
  /** The 2021 official index each version carries, so a response shows which version it came from. */
  private static final Map<String, String> VALUE_2021 = Map.of("v-000001", "2.76", "v-000002", "2.81",
      "v-000003", "2.95");
  @TempDir
  static Path warehouse;

  @BeforeAll
  static void publishThreeVersions() {
    WarehouseFixture fixture = new WarehouseFixture(warehouse);
    VALUE_2021.forEach(fixture::blitar);
    fixture.publish("v-000001");
  }

  private static void point(String version) throws Exception {
    Path tmp = warehouse.resolve(".CURRENT.tmp");
    Files.writeString(tmp, version + "\n");
    Files.move(tmp, warehouse.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aNewlyPublishedVersionIsServedWithoutARestart() throws Exception {
    point("v-000001");
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      assertThat(server.json("/api/ringkasan?instansi=6521").path("version").asText()).isEqualTo("v-000001");
      point("v-000002");
      Thread.sleep(120);
      JsonNode body = server.json("/api/ringkasan?instansi=6521");
      assertThat(body.path("version").asText()).isEqualTo("v-000002");
      assertThat(official2021(body)).isEqualTo(new BigDecimal("2.81"));
      assertThat(server.json("/api/health").path("published_version").asText()).isEqualTo("v-000002");
    }
  }

  @Test
  void whileVersionsChangeEveryAnswerComesWholeFromOneVersion() throws Exception {
    point("v-000001");
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> seen = new ArrayList<>();
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ZERO)) {
      Thread publisher = new Thread(() -> {
        String[] versions = {"v-000002", "v-000003", "v-000001"};
        for (int i = 0; running.get(); i++) {
          try {
            point(versions[i % versions.length]);
            Thread.sleep(40);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      });
      publisher.start();
      try {
        for (int i = 0; i < 40; i++) {
          JsonNode body = server.json("/api/ringkasan?instansi=6521");
          String version = body.path("version").asText();
          BigDecimal expected = new BigDecimal(VALUE_2021.get(version));
          assertThat(official2021(body)).as("trend of %s", version).isEqualByComparingTo(expected);
          assertThat(series2021(body)).as("series of %s", version).isEqualByComparingTo(expected);
          seen.add(version);
        }
      } finally {
        running.set(false);
        publisher.join();
      }
    }
    assertThat(seen.stream().distinct().count()).as("versions seen: %s", seen).isGreaterThan(1);
  }

  @Test
  void aRetiredSnapshotStaysUsableUntilItsLastRequestEndsThenCloses() throws Exception {
    point("v-000001");
    try (PublishedState state = new PublishedState(warehouse, Duration.ofHours(1))) {
      state.refreshNow();
      CountDownLatch leased = new CountDownLatch(1);
      CountDownLatch swapped = new CountDownLatch(1);
      Snapshot[] held = new Snapshot[1];
      Thread request = new Thread(() -> state.withSnapshot(s -> {
        held[0] = s;
        leased.countDown();
        try {
          swapped.await();
          try (Connection c = s.connect(); Statement st = c.createStatement();
               ResultSet rs = st.executeQuery("select count(*) from trend")) {
            rs.next();
            return rs.getLong(1);
          }
        } catch (InterruptedException | SQLException e) {
          throw new IllegalStateException(e);
        }
      }));
      request.start();
      leased.await();
      point("v-000002");
      state.refreshNow();
      assertThat(state.withSnapshot(Snapshot::version)).isEqualTo("v-000002");
      swapped.countDown();
      request.join();
      assertThatThrownBy(() -> held[0].connect()).as("closed once its last lease ended")
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void noQueryCanReadOrWriteFilesOnceLoaded() throws Exception {
    Snapshot snapshot = SnapshotLoader.load(warehouse.resolve("versions/v-000001"), "v-000001");
    try (Connection c = snapshot.connect()) {
      assertThatThrownBy(() -> execute(c, "select * from read_csv('/etc/hostname')"))
          .hasMessageContaining("disabled");
      assertThatThrownBy(() -> execute(c, "select * from read_parquet('" + warehouse
          + "/versions/v-000002/trend/*.parquet')")).hasMessageContaining("disabled");
      assertThatThrownBy(() -> execute(c, "copy trend to '" + warehouse.resolve("leak.csv") + "'"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(c, "set enable_external_access = true")).hasMessageContaining("locked");
      assertThat(Files.exists(warehouse.resolve("leak.csv"))).isFalse();
      assertThat(execute(c, "select count(*) from trend")).as("the loaded tables still answer").isTrue();
    } finally {
      snapshot.retire();
    }
  }

  @Test
  void aSnapshotIsBoundedInMemoryButTheBoundGrowsWithTheWarehouse(@TempDir Path dir) throws Exception {
    Snapshot snapshot = SnapshotLoader.load(warehouse.resolve("versions/v-000001"), "v-000001");
    try (Connection c = snapshot.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_setting('memory_limit')")) {
      rs.next();
      assertThat(rs.getString(1)).as("a small warehouse gets the floor").isEqualTo("512.0 MiB");
    } finally {
      snapshot.retire();
    }
    Path table = Files.createDirectories(dir.resolve("indicator_score"));
    try (RandomAccessFile part = new RandomAccessFile(table.resolve("part-00000.parquet").toFile(), "rw")) {
      part.setLength(300L << 20); // sparse: only its size is read
    }
    Files.writeString(table.resolve("_SUCCESS"), "");
    assertThat(SnapshotLoader.memoryLimitMib(List.of(table))).as("four times 300 MiB of Parquet, plus 128 MiB")
        .isEqualTo(4 * 300 + 128);
  }

  /** A statement of its own per call: DuckDB closes a statement whose query failed. */
  private static boolean execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.execute(sql);
    }
  }

  private static BigDecimal official2021(JsonNode body) {
    for (JsonNode row : body.path("trend")) {
      if (row.path("year").asInt() == 2021) {
        return row.path("official_index").decimalValue();
      }
    }
    throw new AssertionError("no 2021 trend row");
  }

  private static BigDecimal series2021(JsonNode body) {
    for (JsonNode point : body.path("series")) {
      if (point.path("year").asInt() == 2021) {
        return point.path("index_value").decimalValue();
      }
    }
    throw new AssertionError("no 2021 index");
  }
}
