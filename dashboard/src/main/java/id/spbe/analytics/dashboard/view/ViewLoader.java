package id.spbe.analytics.dashboard.view;

import java.sql.SQLException;

/** Loads one view's payload; each view is one API call. */
@FunctionalInterface
public interface ViewLoader<T> {
  T load(ViewContext context) throws SQLException;
}
