package id.spbe.analytics.pipeline.job;

/**
 * One OPD name that no OPD of the list matched (or matched twice), with the number of rows that wrote it: a
 * self-assessment spells its OPDs the same way in every row, so one line per name says what forty lines would.
 */
public record UnknownOpdName(String reasonCode, String name, long rows, String messageId, String messageEn) {}
