package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PayloadInput} reads what {@link DataOutputStream} writes exactly as {@link DataInputStream} does. */
class PayloadInputTest {
  /** A stream that hands out 1 to 7 bytes a read, as a pipe or a socket may. */
  private static InputStream trickle(byte[] bytes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(7)));
      }
    };
  }

  private static String randomString(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(4) == 0 ? r.nextInt(5000) : r.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> sb.append((char) r.nextInt(0x80)); // ASCII, NUL included (two bytes in modified UTF-8)
        case 1 -> sb.append((char) (0x80 + r.nextInt(0x780)));
        case 2 -> sb.append((char) (0x4e00 + r.nextInt(0x5000)));
        case 3 -> sb.appendCodePoint(0x20000 + r.nextInt(0x1000)); // a surrogate pair: two 3-byte sequences
        default -> sb.append((char) (0xe000 + r.nextInt(0x2000)));
      }
    }
    return sb.toString();
  }

  @Test
  void readsWhatDataOutputStreamWrites() throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    int[] kinds = new int[20_000];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = r.nextInt(11);
      switch (kinds[i]) {
        case 0 -> out.writeUTF(randomString(r));
        case 1 -> out.writeInt(r.nextInt());
        case 2 -> out.writeLong(r.nextLong());
        case 3 -> out.writeFloat((float) r.nextDouble(-1e6, 1e6));
        case 4 -> out.writeDouble(r.nextDouble());
        case 5 -> out.writeBoolean(r.nextBoolean());
        case 6 -> out.writeByte(r.nextInt(256));
        case 7 -> out.writeShort(r.nextInt(65536));
        case 8 -> out.writeChar(r.nextInt(65536));
        case 9 -> out.writeUTF("");
        default -> {
          byte[] b = new byte[r.nextInt(10) == 0 ? 200_000 : r.nextInt(100)];
          r.nextBytes(b);
          out.writeInt(b.length);
          out.write(b);
        }
      }
    }
    out.writeUTF("x".repeat(65535));
    byte[] all = bytes.toByteArray();
    DataInputStream expected = new DataInputStream(new ByteArrayInputStream(all));
    PayloadInput got = new PayloadInput(trickle(all, 9));
    for (int kind : kinds) {
      switch (kind) {
        case 0, 9 -> assertEquals(expected.readUTF(), got.readUTF());
        case 1 -> assertEquals(expected.readInt(), got.readInt());
        case 2 -> assertEquals(expected.readLong(), got.readLong());
        case 3 -> assertEquals(Float.floatToRawIntBits(expected.readFloat()), Float.floatToRawIntBits(got.readFloat()));
        case 4 -> assertEquals(expected.readDouble(), got.readDouble());
        case 5 -> assertEquals(expected.readBoolean(), got.readBoolean());
        case 6 -> assertEquals(expected.readUnsignedByte(), got.readUnsignedByte());
        case 7 -> assertEquals(expected.readShort(), got.readShort());
        case 8 -> assertEquals(expected.readChar(), got.readChar());
        default -> {
          int n = expected.readInt();
          assertEquals(n, got.readInt());
          byte[] a = new byte[n];
          byte[] b = new byte[n];
          expected.readFully(a);
          got.readFully(b);
          assertArrayEquals(a, b);
        }
      }
    }
    assertEquals(expected.readUTF(), got.readUTF());
    assertEquals(-1, got.read());
    assertThrows(EOFException.class, got::readInt);
  }

  @Test
  void endsAndMalformedStringsFailAsDataInputStreamDoes() throws IOException {
    assertThrows(EOFException.class, () -> new PayloadInput(new ByteArrayInputStream(new byte[] {0, 0, 1})).readInt());
    // a string announcing more bytes than the stream has
    assertThrows(EOFException.class, () -> new PayloadInput(new ByteArrayInputStream(new byte[] {0, 5, 'a'}))
        .readUTF());
    for (byte[] bad : new byte[][] {{0, 1, (byte) 0xc3}, {0, 2, (byte) 0xc3, 'a'}, {0, 3, (byte) 0xe4, (byte) 0xb8,
        'a'}, {0, 1, (byte) 0xf0}, {0, 1, (byte) 0x80}}) {
      assertThrows(UTFDataFormatException.class, () -> new DataInputStream(new ByteArrayInputStream(bad)).readUTF());
      assertThrows(UTFDataFormatException.class, () -> new PayloadInput(new ByteArrayInputStream(bad)).readUTF());
    }
    PayloadInput in = new PayloadInput(new ByteArrayInputStream(new byte[100_000]));
    assertEquals(99_990, in.skipBytes(99_990));
    assertEquals(10, in.skipBytes(50));
    assertEquals(-1, in.read());
  }
}
