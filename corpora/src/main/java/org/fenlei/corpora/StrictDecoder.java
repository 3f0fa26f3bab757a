package org.fenlei.corpora;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes bytes to characters, reporting invalid input as {@link InvalidBytes} with the offending byte's
 * offset (never replacing it by U+FFFD). Characters decoded before the bad bytes are delivered first, so the
 * reader above knows which line they are on. A leading byte order mark (U+FEFF) is dropped.
 */
final class StrictDecoder extends Reader {

  /** Bytes invalid in the charset; the reader above adds file and line. */
  static final class InvalidBytes extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidBytes(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final boolean detected;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
  /** File offset of {@code bytes.array()[0]}. */
  private long arrayStart;
  private boolean eof;
  private boolean flushed;
  private boolean started;
  private InvalidBytes pending;
  /** The second half of a surrogate pair asked for one char at a time, or -1. */
  private int leftover = -1;

  /** {@code detected}: the charset was chosen by detection, which the error message then says. */
  /**
   * In a lenient decoder, each run of invalid bytes becomes this character, a lone low surrogate, which no valid
   * input decodes to (a line reader then refuses the line, see {@link #hasInvalid(String)}).
   */
  static final char INVALID = '\uDFFF';

  private final boolean lenient;

  StrictDecoder(InputStream in, Charset charset, boolean detected) {
    this(in, charset, detected, false);
  }

  /** A decoder that, when {@code lenient}, marks invalid bytes with {@link #INVALID} instead of throwing. */
  StrictDecoder(InputStream in, Charset charset, boolean detected, boolean lenient) {
    this.in = in;
    this.charset = charset;
    this.detected = detected;
    this.lenient = lenient;
    this.decoder = Charsets.strictDecoder(charset);
  }

  /** Whether a line a lenient decoder produced held invalid bytes: a lone low surrogate {@link #INVALID}. */
  static boolean hasInvalid(String line) {
    for (int i = line.indexOf(INVALID); i >= 0; i = line.indexOf(INVALID, i + 1)) {
      if (i == 0 || !Character.isHighSurrogate(line.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (leftover >= 0) {
      cbuf[off] = (char) leftover;
      leftover = -1;
      return 1;
    }
    if (len == 1) { // a supplementary character needs two slots
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n > 0) {
        cbuf[off] = two[0];
        leftover = n == 2 ? two[1] : -1;
        return 1;
      }
      return n;
    }
    while (true) {
      int n = decodeSome(cbuf, off, len);
      if (n <= 0 || started) {
        return n;
      }
      started = true;
      if (cbuf[off] != '\uFEFF') {
        return n;
      }
      System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
      if (n > 1) {
        return n - 1;
      }
    }
  }

  private int decodeSome(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      InvalidBytes e = pending;
      pending = null;
      throw e;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError() && lenient) {
        if (!out.hasRemaining()) {
          break;
        }
        bytes.position(bytes.position() + r.length());
        out.put(INVALID);
        continue;
      }
      if (r.isError()) {
        long offset = arrayStart + bytes.position();
        InvalidBytes e = new InvalidBytes(Charsets.invalidBytes(charset, offset, detected));
        if (out.position() == off) {
          throw e;
        }
        pending = e;
        break;
      }
      if (r.isOverflow()) {
        break;
      }
      if (eof) {
        if (decoder.flush(out).isOverflow()) {
          break;
        }
        flushed = true;
      } else {
        refill();
      }
    }
    return out.position() - off;
  }

  private void refill() throws IOException {
    arrayStart += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
