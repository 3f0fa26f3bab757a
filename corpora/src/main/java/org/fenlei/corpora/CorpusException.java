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
  private final long line;
  private final String reason;

  /** {@code file} is {@code null} for standard input; {@code line} is 1-based, 0 for a whole file. */
  public CorpusException(Path file, long line, String reason) {
    this(file, line, reason, null);
  }

  public CorpusException(Path file, long line, String reason, Throwable cause) {
    super(where(file, line) + ": " + reason, cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The file concerned, or {@code null} for standard input. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns a whole file. */
  public long line() {
    return line;
  }

  /** The message without the {@code file:line: } prefix. */
  public String reason() {
    return reason;
  }

  static String where(Path file, long line) {
    String name = file == null ? "<stdin>" : file.toString();
    return line > 0 ? name + ":" + line : name;
  }
}
