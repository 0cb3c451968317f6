package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.ChoiceQueries;
import id.spbe.analytics.dashboard.query.ChoiceQueries.Aspect;
import id.spbe.analytics.dashboard.query.ChoiceQueries.Domain;
import id.spbe.analytics.dashboard.query.ChoiceQueries.Opd;
import id.spbe.analytics.dashboard.query.EvidenceQueries;
import id.spbe.analytics.dashboard.query.InstansiQueries;
import id.spbe.analytics.dashboard.query.InstansiQueries.Instansi;
import id.spbe.analytics.dashboard.query.PlanQueries;
import id.spbe.analytics.dashboard.query.PlanQueries.Summary;
import id.spbe.analytics.dashboard.query.RunQueries;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.Visibility;
import id.spbe.analytics.dashboard.view.Choices;
import id.spbe.analytics.dashboard.view.Param;
import id.spbe.analytics.dashboard.view.RencanaView;
import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns a view's URL parameters into a checked {@link Selection}: each parameter the view takes is checked against
 * the values the published state holds for the chosen instansi (and year), and missing ones get their defaults.
 */
final class SelectionParams {
  private SelectionParams() {}

  record Checked(Selection selection, Choices choices) {}

  static Checked read(Context ctx, Connection c, ViewKind view, String defaultInstansi) throws SQLException {
    List<Instansi> instansiList = InstansiQueries.withResults(c);
    if (!view.takes(Param.INSTANSI)) {
      Selection selection = new Selection(null, null, null, null, null, null, null, run(ctx, c, view));
      return new Checked(selection, new Choices(instansiList, List.of(), Choices.SOURCES, List.of(), List.of(),
          List.of()));
    }
    String instansi = instansi(ctx, instansiList, defaultInstansi);
    List<Integer> years = ChoiceQueries.years(c, instansi);
    // a view of bukti dukung snapshots opens on the latest year with evidence, and may pick any such year
    List<Integer> evidenceYears = view.takes(Param.SNAPSHOT) && EvidenceQueries.published(c)
        ? EvidenceQueries.years(c, instansi) : List.of();
    if (!evidenceYears.isEmpty()) {
      years = java.util.stream.Stream.concat(years.stream(), evidenceYears.stream()).distinct()
          .sorted(java.util.Comparator.reverseOrder()).toList();
    }
    Integer year = null;
    String framework = null;
    if (view.takes(Param.YEAR)) {
      year = Params.optionalYear(ctx, Param.YEAR.urlName(), years);
      if (year == null) {
        year = evidenceYears.isEmpty() ? ChoiceQueries.reviewYear(c, instansi).orElse(null) : evidenceYears.get(0);
      }
      framework = year == null ? null : ChoiceQueries.frameworkOf(c, instansi, year).orElse(null);
    }
    if (view.takes(Param.FRAMEWORK)) {
      framework = planFramework(ctx, c, instansi);
    }
    List<Domain> domains = framework == null ? List.of() : ChoiceQueries.domains(c, framework);
    List<Aspect> aspects = framework == null ? List.of() : ChoiceQueries.aspects(c, framework);
    List<Opd> opds = ChoiceQueries.opds(c, instansi);
    Choices choices = new Choices(instansiList, years, Choices.SOURCES, domains, aspects, opds);
    String domain = take(ctx, view, Param.DOMAIN, domains.stream().map(Domain::domainCode).toList());
    String aspect = take(ctx, view, Param.ASPECT, aspects.stream()
        .filter(a -> domain == null || domain.equals(a.domainCode())).map(Aspect::aspectCode).toList());
    Selection selection = new Selection(instansi, year, framework,
        take(ctx, view, Param.SOURCE, Choices.SOURCES), domain, aspect,
        take(ctx, view, Param.OPD, opds.stream().map(Opd::opdCode).toList()), null,
        snapshot(ctx, c, view, instansi, year, !evidenceYears.isEmpty()));
    return new Checked(selection, choices);
  }

  /** The bukti dukung snapshot: one of the year's snapshot dates, the latest when none is picked. */
  private static LocalDate snapshot(Context ctx, Connection c, ViewKind view, String instansi, Integer year,
      boolean published) throws SQLException {
    if (!view.takes(Param.SNAPSHOT) || !published || year == null) {
      return null;
    }
    List<LocalDate> dates = EvidenceQueries.snapshots(c, instansi, year);
    String chosen = Params.optionalOneOf(ctx, Param.SNAPSHOT.urlName(),
        dates.stream().map(LocalDate::toString).toList());
    return chosen != null ? LocalDate.parse(chosen) : dates.stream().findFirst().orElse(null);
  }

  private static String instansi(Context ctx, List<Instansi> known, String defaultInstansi) {
    List<String> codes = known.stream().map(Instansi::instansiCode).toList();
    String chosen = Params.optionalOneOf(ctx, Param.INSTANSI.urlName(), codes);
    if (chosen != null) {
      return chosen;
    }
    if (defaultInstansi != null && codes.contains(defaultInstansi)) {
      return defaultInstansi;
    }
    if (codes.isEmpty()) {
      throw new BadRequestException(Param.INSTANSI.urlName(),
          "Data yang diterbitkan belum memuat hasil indeks instansi mana pun.",
          "The published data holds no instansi index results yet.");
    }
    return codes.get(0);
  }

  private static String planFramework(Context ctx, Connection c, String instansi) throws SQLException {
    // only the frameworks and their status are read here, none of what the rule withholds
    List<Summary> plans = PlanQueries.summaries(c, instansi, Visibility.all());
    String chosen = Params.optionalOneOf(ctx, Param.FRAMEWORK.urlName(),
        plans.stream().map(Summary::frameworkId).toList());
    return chosen != null ? chosen : RencanaView.defaultFramework(plans);
  }

  private static String run(Context ctx, Connection c, ViewKind view) throws SQLException {
    if (!view.takes(Param.RUN)) {
      return null;
    }
    List<String> runs = RunQueries.runs(c).stream().map(RunQueries.Run::runId).toList();
    String chosen = Params.optionalOneOf(ctx, Param.RUN.urlName(), runs);
    return chosen != null ? chosen : runs.stream().findFirst().orElse(null);
  }

  private static String take(Context ctx, ViewKind view, Param param, List<String> known) {
    return view.takes(param) ? Params.optionalOneOf(ctx, param.urlName(), known) : null;
  }
}
