package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import org.junit.jupiter.api.BeforeAll;

/**
 * API tests over the hand-written warehouse ({@link SharedWarehouse}, written from the same contract): only for
 * states the bundled sample cannot produce, such as peer instansi, a refused run or text shaped like a formula.
 */
abstract class FixtureApiTest extends ApiTest {
  @BeforeAll
  static void startOverTheFixture() {
    startServer(SharedWarehouse.root());
  }
}
