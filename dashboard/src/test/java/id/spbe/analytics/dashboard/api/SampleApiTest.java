package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.fixture.SampleWarehouse;
import org.junit.jupiter.api.BeforeAll;

/**
 * API tests over what the pipeline really publishes from {@code data/samples/kabupaten-blitar}: the numbers they
 * expect are worked out by hand from the sample's input files, so a metric that goes wrong in the pipeline's SQL
 * fails here too, not only in its golden file.
 */
abstract class SampleApiTest extends ApiTest {
  @BeforeAll
  static void startOverTheSample() {
    startServer(SampleWarehouse.root());
  }
}
