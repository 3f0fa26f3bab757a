package org.fenlei.corpora;

import java.nio.file.Path;

/**
 * A corpus that cannot be read as asked: a malformed row, an empty document, bytes invalid in the chosen
 * character set. The message starts with {@code file:line: } (just {@code file: } when the problem concerns a
 * whole file, line 0), e.g. {@code data/x.tsv:17: expected at least 2 tab-separated columns, found 1}.
 */
public class CorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The 1-based line, or 0 when the problem concerns a whole file. */
  private final long line;
  /** The message without the {@code file:line: } prefix. */
  private final String reason;

  /**
   * An exception with message {@code file:line: reason}.
   *
   * @param file the file concerned, or {@code null} for standard input
   * @param line the 1-based line, or 0 when the problem concerns a whole file
   * @param reason what is wrong, without the location
   */
  public CorpusException(Path file, long line, String reason) {
    this(file, line, reason, null);
  }

  /**
   * An exception with message {@code file:line: reason} and a cause.
   *
   * @param file the file concerned, or {@code null} for standard input
   * @param line the 1-based line, or 0 when the problem concerns a whole file
   * @param reason what is wrong, without the location
   * @param cause the exception that revealed the problem, or {@code null}
   */
  public CorpusException(Path file, long line, String reason, Throwable cause) {
    super(where(file, line) + ": " + reason, cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The file concerned. Not serialized: {@code null} after deserialization.
   *
   * @return the file, or {@code null} for standard input
   */
  public Path file() {
    return file;
  }

  /**
   * The line concerned.
   *
   * @return the 1-based line, or 0 when the problem concerns a whole file
   */
  public long line() {
    return line;
  }

  /**
   * What is wrong.
   *
   * @return the message without the {@code file:line: } prefix
   */
  public String reason() {
    return reason;
  }

  /**
   * What is wrong, said for a record that already names {@code recordLine}: the reason alone, or {@code line N: }
   * and the reason when the problem is on another line (a file's invalid byte, read as a whole document).
   *
   * @param recordLine the line the record names, 0 for a whole file
   * @return the reason, with its own line when that differs
   */
  public String reasonFor(long recordLine) {
    return line > 0 && line != recordLine ? "line " + line + ": " + reason : reason;
  }

  static String where(Path file, long line) {
    String name = file == null ? "<stdin>" : file.toString();
    return line > 0 ? name + ":" + line : name;
  }
}
