package org.fenlei.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ended by LF, CRLF or a lone CR, counting them. A last line without an end is still a line; an
 * empty input has none. Lines of any length are assembled in amortised linear time.
 */
final class LineReader implements Closeable {
  private final Reader in;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int limit;
  private boolean skipLf;
  /** The line being read: line ends consumed so far + 1. */
  private long current = 1;
  private long last;

  LineReader(Reader in) {
    this.in = in;
  }

  /** The next line without its end, or {@code null} at the end of input. */
  String readLine() throws IOException {
    StringBuilder sb = null;
    while (true) {
      if (pos == limit && !fill()) {
        if (sb == null) {
          return null;
        }
        last = current;
        return sb.toString();
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (pos < limit) {
        String line = sb == null
            ? new String(buf, start, pos - start)
            : sb.append(buf, start, pos - start).toString();
        skipLf = buf[pos] == '\r';
        pos++;
        last = current++;
        return line;
      }
      if (sb == null) {
        sb = new StringBuilder(Math.max(16, 2 * (pos - start)));
      }
      sb.append(buf, start, pos - start);
    }
  }

  /** The 1-based number of the line {@link #readLine} returned last. */
  long lineNumber() {
    return last;
  }

  /** The 1-based number of the line the reader is in (where a decoding error just happened). */
  long currentLine() {
    return current;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
