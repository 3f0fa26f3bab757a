package org.fenlei.neural;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Buffered little-endian reads from a file channel: the C++ tool writes its files in the machine's byte order. */
final class LittleEndianInput {
  private final FileChannel ch;
  private final ByteBuffer buf;
  private long consumed;

  /** A buffer of 1 MB, or of the file's size when smaller. */
  LittleEndianInput(FileChannel ch) throws IOException {
    this.ch = ch;
    this.buf = ByteBuffer.allocateDirect((int) Math.max(16, Math.min(1 << 20, ch.size())))
        .order(ByteOrder.LITTLE_ENDIAN);
    buf.limit(0);
  }

  /** Bytes consumed so far. */
  long position() {
    return consumed;
  }

  /**
   * Checks that the file still holds {@code bytes} bytes for {@code what}, before an array that size is made: a
   * damaged count or a truncated file is an error here, not a huge allocation.
   *
   * @throws EOFException when the file holds fewer
   */
  void require(long bytes, String what) throws IOException {
    long left = ch.size() - consumed;
    if (bytes < 0 || bytes > left) {
      throw new EOFException(what + " needs " + bytes + " bytes, the file has " + left + " left");
    }
  }

  private void need(int n) throws IOException {
    if (buf.remaining() >= n) {
      return;
    }
    buf.compact();
    while (buf.position() < n) {
      if (ch.read(buf) < 0) {
        throw new EOFException("the file ends early (after " + (consumed + buf.position()) + " bytes)");
      }
    }
    buf.flip();
  }

  int readInt() throws IOException {
    need(4);
    consumed += 4;
    return buf.getInt();
  }

  long readLong() throws IOException {
    need(8);
    consumed += 8;
    return buf.getLong();
  }

  double readDouble() throws IOException {
    need(8);
    consumed += 8;
    return buf.getDouble();
  }

  byte readByte() throws IOException {
    need(1);
    consumed += 1;
    return buf.get();
  }

  boolean readBool() throws IOException {
    return readByte() != 0;
  }

  void readFully(byte[] dst) throws IOException {
    for (int i = 0; i < dst.length; ) {
      need(1);
      int n = Math.min(buf.remaining(), dst.length - i);
      buf.get(dst, i, n);
      i += n;
      consumed += n;
    }
  }

  void readFloats(float[] dst) throws IOException {
    for (int i = 0; i < dst.length; ) {
      need(4);
      int n = Math.min(buf.remaining() / 4, dst.length - i);
      buf.asFloatBuffer().get(dst, i, n);
      buf.position(buf.position() + 4 * n);
      i += n;
      consumed += 4L * n;
    }
  }

  /** Bytes up to a NUL (not included), the tool's way of storing a word. */
  byte[] readCString(int max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16);
    for (byte b; (b = readByte()) != 0; ) {
      if (out.size() >= max) {
        throw new IOException("a dictionary word longer than " + max + " bytes");
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /** Whether the file has no bytes left. */
  boolean atEnd() throws IOException {
    if (buf.hasRemaining()) {
      return false;
    }
    buf.clear();
    int n = ch.read(buf);
    buf.flip();
    return n <= 0;
  }
}
