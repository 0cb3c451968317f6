package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.Selection;

/** What every view answers besides its data: the published version, the checked filters and their choices. */
public interface ViewPayload {
  String version();

  Selection selection();

  Choices choices();
}
