package org.fenlei.core;

import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;

/**
 * The {@link DataInput} a model's payload is parsed from: the same big-endian values and modified UTF-8 strings as
 * {@link java.io.DataInputStream}, read out of one buffer of its own. {@code DataInputStream} reads every
 * {@code int} as four synchronized {@code read()} calls on the buffered stream below it and every string through
 * two: a vocabulary of 300,000 terms took 0.3-0.4 s of a command's start-up; read here, a fraction of that.
 * Not thread-safe; {@link #readLine} is not supported (no model writes lines).
 */
final class PayloadInput implements DataInput {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private char[] chars = new char[128];

  PayloadInput(InputStream in) {
    this.in = in;
  }

  /** Makes {@code n <= BUFFER} bytes available from {@code pos}; false when the stream ends first. */
  private boolean fill(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buf, limit, BUFFER - limit);
      if (r < 0) {
        return false;
      }
      limit += r;
    }
    return true;
  }

  private void need(int n) throws IOException {
    if (!fill(n)) {
      throw new EOFException();
    }
  }

  /** The next byte, or -1 at the end of the stream. */
  int read() throws IOException {
    return fill(1) ? buf[pos++] & 0xff : -1;
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    int n = Math.min(len, limit - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    while (n < len) { // the buffer is empty: large arrays are read straight into the caller's
      int r = in.read(b, off + n, len - n);
      if (r < 0) {
        throw new EOFException();
      }
      n += r;
    }
  }

  @Override
  public int skipBytes(int n) throws IOException {
    int skipped = 0;
    while (skipped < n && fill(1)) {
      int k = Math.min(n - skipped, limit - pos);
      pos += k;
      skipped += k;
    }
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return readUnsignedByte() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    need(1);
    return buf[pos++];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return readByte() & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    need(2);
    int v = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
    pos += 2;
    return v;
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    need(4);
    int p = pos;
    pos += 4;
    return (buf[p] & 0xff) << 24 | (buf[p + 1] & 0xff) << 16 | (buf[p + 2] & 0xff) << 8 | buf[p + 3] & 0xff;
  }

  @Override
  public long readLong() throws IOException {
    return (long) readInt() << 32 | readInt() & 0xffffffffL;
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  @Override
  public String readLine() {
    throw new UnsupportedOperationException("a model payload has no lines");
  }

  /**
   * Modified UTF-8, as {@link java.io.DataInputStream#readUTF} reads it: the same strings, and a
   * {@link UTFDataFormatException} where it throws one (the message names the string's first byte of the character
   * that stopped decoding, not always the byte {@code DataInputStream} names).
   */
  @Override
  public String readUTF() throws IOException {
    int len = readUnsignedShort();
    need(len);
    if (chars.length < len) {
      chars = new char[Math.max(len, 2 * chars.length)];
    }
    byte[] b = buf;
    int p = pos;
    int end = p + len;
    int n = 0;
    while (p < end) {
      int c = b[p] & 0xff;
      if (c < 0x80) {
        chars[n++] = (char) c;
        p++;
      } else if (c >> 5 == 0x6) {
        if (p + 2 > end || (b[p + 1] & 0xc0) != 0x80) {
          throw malformed(p - pos);
        }
        chars[n++] = (char) ((c & 0x1f) << 6 | b[p + 1] & 0x3f);
        p += 2;
      } else if (c >> 4 == 0xe) {
        if (p + 3 > end || (b[p + 1] & 0xc0) != 0x80 || (b[p + 2] & 0xc0) != 0x80) {
          throw malformed(p - pos);
        }
        chars[n++] = (char) ((c & 0x0f) << 12 | (b[p + 1] & 0x3f) << 6 | b[p + 2] & 0x3f);
        p += 3;
      } else {
        throw malformed(p - pos);
      }
    }
    pos = end;
    return new String(chars, 0, n);
  }

  private static UTFDataFormatException malformed(int at) {
    return new UTFDataFormatException("malformed input around byte " + at);
  }
}
