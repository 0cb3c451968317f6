package id.spbe.analytics.dashboard.browser;

import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import org.junit.jupiter.api.BeforeAll;

/**
 * Browser tests over the hand-written warehouse ({@link SharedWarehouse}): only for states the bundled sample cannot
 * produce, such as peer instansi, a refused run, text shaped like markup or an indicator without a target.
 */
abstract class FixtureBrowserTest extends BrowserTest {
  @BeforeAll
  static void startOverTheFixture() {
    start(SharedWarehouse.root());
  }
}
