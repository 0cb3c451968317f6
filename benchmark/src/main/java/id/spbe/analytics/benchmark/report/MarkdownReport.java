package id.spbe.analytics.benchmark.report;

import java.util.List;
import java.util.stream.Collectors;

/** The report as docs/benchmark.md shows it: one table per area, medians, targets and whether they were met. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(BenchmarkReport report) {
    StringBuilder md = new StringBuilder();
    Environment env = report.environment();
    md.append("# SPBE Analytics benchmark (").append(env.mode()).append(" mode)\n\n");
    md.append("Run ").append(env.startedAt()).append(" on ").append(env.cpus()).append(" CPUs, ")
        .append(env.memoryMib()).append(" MiB, Java ").append(env.javaVersion()).append(", ").append(env.os())
        .append(", commit ").append(env.gitCommit()).append(". Load average before ").append(env.loadAverageBefore())
        .append(", after ").append(env.loadAverageAfter()).append("; the benchmark took ")
        .append(Format.number(env.totalSeconds() / 60)).append(" min.\n\n");
    if (env.mode().equals("quick")) {
      md.append("**Quick mode**: small sets and few repetitions, to check the benchmark works. The targets are for the "
          + "full mode's national sets; here they are shown for information only.\n\n");
    }
    datasets(md, report.datasets());
    measurements(md, "Pipeline and the DuckDB reference", report.measurements().stream()
        .filter(m -> m.section().equals("pipeline")).toList());
    ratios(md, report.ratios());
    endpoints(md, report.endpoints());
    measurements(md, "Dashboard page and server", report.measurements().stream()
        .filter(m -> m.section().equals("dashboard")).toList());
    checks(md, report.checks());
    if (!report.notes().isEmpty()) {
      md.append("## Notes\n\n");
      report.notes().forEach(n -> md.append("- ").append(n).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  private static void datasets(StringBuilder md, List<DatasetInfo> sets) {
    md.append("## Data sets (generated, illustrative)\n\n| set | scale | seed | instansi | files | rows | MB | rows to quarantine |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DatasetInfo d : sets) {
      md.append("| ").append(d.name()).append(" | ").append(Format.number(d.scale())).append(" | ").append(d.seed())
          .append(" | ").append(d.instansi()).append(" | ").append(d.files()).append(" | ").append(d.rows())
          .append(" | ").append(Format.number(d.megabytes())).append(" | ").append(d.expectedRejectedRows()).append(" |\n");
    }
    md.append('\n');
  }

  private static void measurements(StringBuilder md, String title, List<Measurement> rows) {
    md.append("## ").append(title).append("\n\n| subject | metric | median | samples | target | met |\n"
        + "|---|---|---:|---|---|---|\n");
    for (Measurement m : rows) {
      md.append("| ").append(m.subject()).append(" | ").append(m.metric()).append(" | ")
          .append(Format.number(m.median())).append(' ').append(m.unit()).append(" | ")
          .append(m.samples().stream().map(Format::number).collect(Collectors.joining(", "))).append(" | ")
          .append(m.target() == null ? "" : m.target().text()).append(" | ").append(met(m.met())).append(" |\n");
    }
    md.append('\n');
  }

  private static void ratios(StringBuilder md, List<Ratio> ratios) {
    md.append("## Ratios (of medians)\n\n| ratio | value | target | met |\n|---|---:|---|---|\n");
    for (Ratio r : ratios) {
      md.append("| ").append(r.description()).append(" | ").append(Format.number(r.value())).append("x | ")
          .append(r.target() == null ? "" : r.target().text()).append(" | ").append(met(r.met())).append(" |\n");
    }
    md.append('\n');
  }

  private static void endpoints(StringBuilder md, List<EndpointResult> endpoints) {
    md.append("## Dashboard API over loopback\n\nLatency from sending the request to the last byte of the body, "
        + "clients on the same machine. Bare DuckDB: the endpoint's SQL on an in-memory DuckDB loaded like the "
        + "dashboard's snapshot (median, statements summed). Server/bare: median latency with one client over that.\n\n"
        + "| endpoint | clients | p50 ms | p95 ms | p99 ms | req/s | errors | bare DuckDB ms | server/bare | dashboard queries | p95 target |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (EndpointResult e : endpoints) {
      if (e.oneClient() == null) {
        md.append("| `").append(e.path()).append("` | | | | | | | | | | ").append(e.status()).append(": ")
            .append(e.note()).append(" |\n");
        continue;
      }
      for (LoadResult load : List.of(e.oneClient(), e.manyClients())) {
        boolean many = load == e.manyClients();
        md.append("| `").append(e.path()).append("` | ").append(load.clients()).append(" | ")
            .append(Format.number(load.p50Millis())).append(" | ").append(Format.number(load.p95Millis())).append(" | ")
            .append(Format.number(load.p99Millis())).append(" | ").append(Format.number(load.requestsPerSecond()))
            .append(" | ").append(load.errors()).append(" | ")
            .append(e.bareMillis() == null ? "n/a" : Format.number(e.bareMillis())).append(" | ")
            .append(many || e.serverOverBare() == null ? "" : Format.number(e.serverOverBare()) + "x").append(" | ")
            .append(many ? "" : e.queries() == null || e.queries().isEmpty() ? "none configured" : e.queries().size() + " named")
            .append(" | ")
            .append(many ? (load.p95Millis() < 20 ? "< 20 ms: yes" : "< 20 ms: **no**") : "").append(" |\n");
      }
    }
    md.append('\n');
  }

  private static void checks(StringBuilder md, List<Check> checks) {
    md.append("## Checks\n\n| check | passed | detail |\n|---|---|---|\n");
    for (Check c : checks) {
      md.append("| ").append(c.description()).append(" | ").append(c.passed() ? "yes" : "**no**").append(" | ")
          .append(c.detail()).append(" |\n");
    }
    md.append('\n');
  }

  private static String met(Boolean met) {
    return met == null ? "" : met ? "yes" : "**no**";
  }
}
