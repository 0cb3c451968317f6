package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.ChoiceQueries.Aspect;
import id.spbe.analytics.dashboard.query.ChoiceQueries.Domain;
import id.spbe.analytics.dashboard.query.ChoiceQueries.Opd;
import id.spbe.analytics.dashboard.query.InstansiQueries.Instansi;
import java.util.List;

/**
 * What the filters may take for the selected instansi and year; the page fills its selectors from it and every
 * parameter was checked against it.
 *
 * @param years every year the instansi has data in (a view lists the years it has data for separately)
 * @param domains domains of the framework of the selected year (none under Pemdi 2026)
 * @param aspects aspects of that framework
 */
public record Choices(List<Instansi> instansi, List<Integer> years, List<String> sources, List<Domain> domains,
    List<Aspect> aspects, List<Opd> opds) {

  public static final List<String> SOURCES = List.of("official", "self_assessment");
}
