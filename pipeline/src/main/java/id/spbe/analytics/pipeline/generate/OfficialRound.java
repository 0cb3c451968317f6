package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Framework;

/**
 * What the evaluators' result of a year looks like in the generated set (an illustrative policy, close to what
 * instansi actually hold): the 5/2018 rounds and 2021 reached instansi as an index only, 2020 had no round, from
 * 2022 the indicator levels are known, and the last year generated has not been evaluated yet.
 */
enum OfficialRound {
  NONE, INDEX_ONLY, INDICATORS;

  static OfficialRound of(int year, Framework framework, int lastYear) {
    if (year == lastYear || year == 2020) {
      return NONE;
    }
    boolean indexOnlyFramework = framework.yearTo() != null && framework.yearTo() < 2020;
    return indexOnlyFramework || year == 2021 ? INDEX_ONLY : INDICATORS;
  }
}
