package id.spbe.analytics.dashboard.browser;

import id.spbe.analytics.dashboard.fixture.SampleWarehouse;
import org.junit.jupiter.api.BeforeAll;

/**
 * Browser tests over what the pipeline really publishes from {@code data/samples/kabupaten-blitar}: the numbers on
 * the screen are worked out by hand from the sample's input files, so a metric gone wrong shows here too.
 */
abstract class SampleBrowserTest extends BrowserTest {
  @BeforeAll
  static void startOverTheSample() {
    start(SampleWarehouse.root());
  }
}
