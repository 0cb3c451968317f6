package id.spbe.analytics.pipeline.generate;

import java.time.LocalDate;

/** When self-assessments are due and when each was filled in: early July, a few late. */
final class Schedule {
  private Schedule() {}

  static LocalDate deadline(long seed, Instansi instansi, int year) {
    int shift = Keyed.random(seed, "deadline", instansi.fileGroup(), year).nextInt(11) - 5;
    return LocalDate.of(year, 7, 5).plusDays(shift);
  }

  static LocalDate submittedOn(long seed, Instansi instansi, int year, String indicatorKey) {
    var random = Keyed.random(seed, "submitted", instansi.code(), year, indicatorKey);
    LocalDate deadline = deadline(seed, instansi, year);
    return random.nextDouble() < 0.08 ? deadline.plusDays(1 + random.nextInt(10)) : deadline.minusDays(random.nextInt(21));
  }
}
