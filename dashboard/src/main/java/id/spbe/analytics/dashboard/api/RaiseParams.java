package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.PlanQueries.Candidate;
import id.spbe.analytics.dashboard.query.WhatIfQuery.Raise;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the what-if's picks, {@code raise=<indicator>:<to_level>} (repeatable), and checks each against the raises
 * the viewer's action_candidate menu offers: one pick per indicator, each an existing (indicator, to_level).
 */
final class RaiseParams {
  static final String NAME = "raise";
  private static final Pattern FORM = Pattern.compile("([A-Za-z0-9._-]{1,32}):([0-9]{1,2})");

  private RaiseParams() {}

  static List<Raise> read(Context ctx, List<Candidate> menu) {
    List<String> values = ctx.queryParams(NAME);
    Set<String> offered = new HashSet<>();
    menu.forEach(c -> offered.add(c.indicatorCode() + ":" + c.toLevel()));
    long indicators = menu.stream().map(Candidate::indicatorCode).distinct().count();
    if (values.size() > indicators) {
      throw new BadRequestException(NAME, "Terlalu banyak kenaikan: paling banyak satu per indikator (" + indicators
          + ").", "Too many raises: at most one per indicator (" + indicators + ").");
    }
    List<Raise> raises = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      Matcher m = FORM.matcher(value);
      if (!m.matches()) {
        throw new BadRequestException(NAME, "'" + Params.shorten(value)
            + "' bukan kenaikan; tulis <indikator>:<level>, misalnya 12:3.",
            "'" + Params.shorten(value) + "' is not a raise; write <indicator>:<level>, e.g. 12:3.");
      }
      if (!offered.contains(value)) {
        throw new BadRequestException(NAME, "Kenaikan '" + value + "' tidak ada di daftar kandidat rencana aksi ini.",
            "Raise '" + value + "' is not among this action plan's candidates.");
      }
      if (!seen.add(m.group(1))) {
        throw new BadRequestException(NAME, "Indikator " + m.group(1) + " dipilih lebih dari sekali.",
            "Indicator " + m.group(1) + " is picked more than once.");
      }
      raises.add(new Raise(m.group(1), Integer.parseInt(m.group(2))));
    }
    return raises;
  }
}
