package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;

import id.spbe.analytics.pipeline.staging.RowOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * One data row being read: gives each field's text and records, with the row's file, sheet, row number and
 * the column header as the planner wrote it, every cell that cannot be used.
 */
public final class RowContext {
  private final InputFile file;
  private final String sheet;
  private final ColumnMapping mapping;
  private final RawRow row;
  private final List<RowProblem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  public RowContext(InputFile file, String sheet, ColumnMapping mapping, RawRow row) {
    this.file = file;
    this.sheet = sheet;
    this.mapping = mapping;
    this.row = row;
  }

  /** The trimmed cell text, empty when the column is absent or blank. */
  public String text(Field field) {
    return mapping.column(field).map(i -> row.cell(i).trim()).orElse("");
  }

  /**
   * The trimmed cell text, or null when the cell is blank or the column absent: for text stored as a fact value.
   * Those columns are nullable in the contract (docs/tables.md), and a blank cell means nothing was written, so it
   * must publish as null, not as an empty string that readers would take for a value (a bare "Catatan asesor:").
   */
  public String optionalText(Field field) {
    return nullIfEmpty(text(field));
  }

  /** Null for an empty string: a value derived from an optional cell (joined aliases) stores nothing as null too. */
  static String nullIfEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  public boolean has(Field field) {
    return !text(field).isEmpty();
  }

  /** The text, or null with a MISSING_VALUE problem when blank. */
  public String required(Field field, Expectation expected) {
    String value = text(field);
    if (value.isEmpty()) {
      problem(field, ReasonCode.MISSING_VALUE, expected);
      return null;
    }
    return value;
  }

  /** Parses a required field; null (with the problem recorded) when it is blank or unreadable. */
  public <T> T parse(Field field, Expectation expected, Parser<T> parser) {
    String value = required(field, expected);
    return value == null ? null : parseText(field, value, parser);
  }

  /** Parses an optional field; null when blank, or when unreadable (problem recorded). */
  public <T> T parseOptional(Field field, Parser<T> parser) {
    String value = text(field);
    return value.isEmpty() ? null : parseText(field, value, parser);
  }

  private <T> T parseText(Field field, String value, Parser<T> parser) {
    try {
      return parser.parse(value);
    } catch (ParseFailure failure) {
      problem(field, failure.reason(), failure.expected());
      return null;
    }
  }

  public void problem(Field field, ReasonCode reason, Expectation expected) {
    problems.add(RowProblem.of(file.displayName(), sheet, row.rowNumber(), mapping.headerText(field), text(field),
        reason, expected.id(), expected.en()));
  }

  public void problem(Field field, ParseFailure failure) {
    problem(field, failure.reason(), failure.expected());
  }

  /** A cell taken as meant but written unusually: kept in the run record, counted in the summary. */
  public void warn(Field field, String code, String id, String en) {
    warnings.add(code + " " + file.displayName() + (sheet.isEmpty() ? "" : " [" + sheet + "]") + " baris/row "
        + row.rowNumber() + ", " + mapping.headerText(field) + " = '" + text(field) + "': " + id + " / " + en);
  }

  public List<String> warnings() {
    return warnings;
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public List<RowProblem> problems() {
    return problems;
  }

  public String fileName() {
    return file.displayName();
  }

  public String sheet() {
    return sheet;
  }

  public ColumnMapping mapping() {
    return mapping;
  }

  public long rowNumber() {
    return row.rowNumber();
  }

  public RowOrigin origin() {
    return new RowOrigin(file.displayName(), sheet, row.rowNumber());
  }

  @FunctionalInterface
  public interface Parser<T> {
    T parse(String text) throws ParseFailure;
  }
}
