package org.fenlei.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a file into lines of bytes (ended by LF, CRLF or a lone CR, numbered as every fenlei reader numbers
 * them) without decoding them, so that decoding and its errors belong to one line each and happen on the worker
 * threads. A line longer than the limit is not held: it is skipped to its end and reported by its length.
 */
final class LineSplitter implements Closeable {
  /** One line: its bytes (without the line end), or {@code null} and its length when over the limit. */
  record Line(long number, byte[] bytes, long length) {
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean skipLf;
  private long number;
  private long read;

  LineSplitter(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The first bytes of the input, read ahead without consuming them (for binary and charset checks). */
  byte[] peek(int n) throws IOException {
    while (limit < Math.min(n, buf.length)) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        break;
      }
      limit += r;
      read += r;
    }
    return Arrays.copyOf(buf, Math.min(limit, n));
  }

  /** Bytes read from the input so far. */
  long bytesRead() {
    return read;
  }

  /** The next line, or {@code null} at the end of input. */
  Line next() throws IOException {
    byte[] acc = null;
    int accLen = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        return done(acc, accLen, length);
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      length += n;
      if (length <= maxBytes) {
        if (acc == null) {
          acc = new byte[Math.max(n, 64)];
        } else if (accLen + n > acc.length) {
          acc = Arrays.copyOf(acc, Math.max(accLen + n, acc.length * 2));
        }
        System.arraycopy(buf, start, acc, accLen, n);
        accLen += n;
      } else {
        acc = null;
      }
      if (pos < limit) {
        skipLf = buf[pos] == '\r';
        pos++;
        return done(acc, accLen, length);
      }
    }
  }

  private Line done(byte[] acc, int accLen, long length) {
    number++;
    if (length > maxBytes) {
      return new Line(number, null, length);
    }
    return new Line(number, acc == null ? new byte[0] : acc.length == accLen ? acc : Arrays.copyOf(acc, accLen),
        length);
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    pos = 0;
    limit = Math.max(n, 0);
    if (n > 0) {
      read += n;
    }
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
