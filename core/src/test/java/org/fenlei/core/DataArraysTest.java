package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bulk arrays are the bytes of {@code writeFloat} / {@code writeChar} one by one, across chunk boundaries. */
class DataArraysTest {
  @Test
  void floatsAndCharsAreTheBytesOfOneByOneWrites() throws IOException {
    SplittableRandom r = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 3, 16_383, 16_384, 16_385, 40_000}) {
      float[] f = new float[n];
      char[] c = new char[n];
      for (int i = 0; i < n; i++) {
        f[i] = i % 97 == 0 ? Float.NaN : (float) r.nextGaussian();
        c[i] = (char) r.nextInt(65_536);
      }
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      DataOutputStream o = new DataOutputStream(one);
      for (int i = 0; i < n; i++) {
        o.writeFloat(f[i]);
      }
      for (int i = 0; i < n; i++) {
        o.writeChar(c[i]);
      }
      ByteArrayOutputStream bulk = new ByteArrayOutputStream();
      DataOutputStream b = new DataOutputStream(bulk);
      DataArrays.writeFloats(b, f);
      DataArrays.writeChars(b, c);
      assertArrayEquals(one.toByteArray(), bulk.toByteArray(), "n = " + n);

      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bulk.toByteArray()));
      float[] f2 = DataArrays.readFloats(in, n);
      char[] c2 = new char[n];
      DataArrays.readChars(in, c2);
      assertArrayEquals(Arrays.copyOf(f, n), f2);
      assertArrayEquals(c, c2);
    }
  }

  @Test
  void aShortInputEndsInEof() {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(new byte[4 * 16_384 + 3]));
    assertThrows(EOFException.class, () -> DataArrays.readFloats(in, 16_385));
  }
}
