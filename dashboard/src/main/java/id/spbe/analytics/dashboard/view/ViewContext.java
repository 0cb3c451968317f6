package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.Visibility;
import id.spbe.analytics.dashboard.warehouse.Snapshot;
import java.sql.Connection;

/**
 * Everything a view is loaded from: the leased snapshot, a connection of its own to it, the checked selection with
 * the choices it was checked against, and what the viewer may see.
 */
public record ViewContext(Snapshot snapshot, Connection connection, Selection selection, Choices choices,
    Visibility visibility) {}
