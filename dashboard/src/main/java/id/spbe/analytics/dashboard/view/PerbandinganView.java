package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.BenchmarkQueries;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.Benchmark;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.DomainComparison;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.NationalFigure;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.Peer;
import id.spbe.analytics.dashboard.query.Selection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Perbandingan: the instansi against the loaded instansi of its kind, its province and the national figures. Peer
 * benchmarks and published national figures are shown when the published version has them.
 *
 * @param benchmarkLoaded the version has a peer_benchmark table
 * @param nationalLoaded the version has published national figures
 */
public record PerbandinganView(String version, Choices choices, Selection selection, List<Integer> yearsWithData,
    boolean benchmarkLoaded, boolean nationalLoaded, List<Benchmark> benchmarks, List<Peer> peers,
    List<NationalFigure> national, List<DomainComparison> domains) implements ViewPayload {

  static final String[] TABLES = {"instansi_index", "instansi", "domain", "domain_index", "trend", "framework"};

  public static PerbandinganView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    Selection s = v.selection();
    boolean benchmarkLoaded = v.snapshot().has("peer_benchmark");
    boolean nationalLoaded = v.snapshot().has("published_national_index");
    List<Benchmark> benchmarks = benchmarkLoaded ? BenchmarkQueries.benchmarks(c, s.instansiCode()) : List.of();
    List<NationalFigure> national = nationalLoaded ? BenchmarkQueries.national(c) : List.of();
    List<DomainComparison> domains = nationalLoaded && s.frameworkId() != null
        ? BenchmarkQueries.domains(c, s.instansiCode(), s.year(), s.frameworkId()) : List.of();
    return new PerbandinganView(v.snapshot().version(), v.choices(), s,
        BenchmarkQueries.years(c, s.instansiCode()), benchmarkLoaded, nationalLoaded, benchmarks,
        BenchmarkQueries.peers(c, s.instansiCode(), s.year()), national, domains);
  }
}
