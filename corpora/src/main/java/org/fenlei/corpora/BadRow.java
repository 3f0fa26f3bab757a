package org.fenlei.corpora;

/**
 * A row that yields no document. {@link #malformed} rows stop reading unless bad rows are skipped;
 * {@link #excluded} rows (a preset's definition leaves them out) are always skipped; {@link #fatalAt} problems
 * (the rest of the input cannot be read) always stop reading. Skipped rows are counted.
 */
final class BadRow extends Exception {
  private static final long serialVersionUID = 1L;

  private enum Kind { MALFORMED, EMPTY, EXCLUDED, FATAL }

  private final Kind kind;
  private final long line;

  private BadRow(String reason, Kind kind, long line) {
    super(reason, null, false, false);
    this.kind = kind;
    this.line = line;
  }

  static BadRow malformed(String reason) {
    return new BadRow(reason, Kind.MALFORMED, -1);
  }

  /** A row that is well formed but holds no text: malformed, unless a preset excludes such rows. */
  static BadRow empty(String reason) {
    return new BadRow("empty document: " + reason, Kind.EMPTY, -1);
  }

  /** Malformed at a line other than the row's own, e.g. inside a file of a folder corpus. */
  static BadRow malformedAt(long line, String reason) {
    return new BadRow(reason, Kind.MALFORMED, line);
  }

  static BadRow excluded(String reason) {
    return new BadRow(reason, Kind.EXCLUDED, -1);
  }

  static BadRow fatalAt(long line, String reason) {
    return new BadRow(reason, Kind.FATAL, line);
  }

  boolean isExcluded() {
    return kind == Kind.EXCLUDED;
  }

  boolean isEmptyDocument() {
    return kind == Kind.EMPTY;
  }

  boolean isFatal() {
    return kind == Kind.FATAL;
  }

  /** The line to report, or -1 for the row's own line. */
  long line() {
    return line;
  }
}
