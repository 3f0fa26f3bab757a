package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Arrays of floats and chars in a model file: big-endian, the bytes {@link DataOutput#writeFloat} and
 * {@link DataOutput#writeChar} would write one by one, converted a chunk at a time. A model's hundreds of thousands
 * of weights, idf values and term characters load in bulk: read one by one, they took most of a cold start-up.
 */
public final class DataArrays {
  /** Bytes converted at a time. */
  private static final int CHUNK = 1 << 16;

  private DataArrays() {}

  /**
   * Fills {@code dst} with floats.
   *
   * @param in where to read
   * @param dst the floats
   * @throws IOException when reading fails or the input ends first
   */
  public static void readFloats(DataInput in, float[] dst) throws IOException {
    byte[] b = new byte[chunk(dst.length, Float.BYTES)];
    for (int i = 0; i < dst.length; ) {
      int k = Math.min(dst.length - i, b.length / Float.BYTES);
      in.readFully(b, 0, k * Float.BYTES);
      ByteBuffer.wrap(b, 0, k * Float.BYTES).asFloatBuffer().get(dst, i, k);
      i += k;
    }
  }

  /**
   * Reads {@code n} floats.
   *
   * @param in where to read
   * @param n how many
   * @return them
   * @throws IOException when reading fails or the input ends first
   */
  public static float[] readFloats(DataInput in, int n) throws IOException {
    float[] a = new float[n];
    readFloats(in, a);
    return a;
  }

  /**
   * Writes floats as {@link #readFloats(DataInput, float[])} reads them.
   *
   * @param out where to write
   * @param a the floats
   * @throws IOException when writing fails
   */
  public static void writeFloats(DataOutput out, float[] a) throws IOException {
    byte[] b = new byte[chunk(a.length, Float.BYTES)];
    for (int i = 0; i < a.length; ) {
      int k = Math.min(a.length - i, b.length / Float.BYTES);
      ByteBuffer.wrap(b, 0, k * Float.BYTES).asFloatBuffer().put(a, i, k);
      out.write(b, 0, k * Float.BYTES);
      i += k;
    }
  }

  /**
   * Fills {@code dst} with UTF-16 units.
   *
   * @param in where to read
   * @param dst the units
   * @throws IOException when reading fails or the input ends first
   */
  public static void readChars(DataInput in, char[] dst) throws IOException {
    byte[] b = new byte[chunk(dst.length, Character.BYTES)];
    for (int i = 0; i < dst.length; ) {
      int k = Math.min(dst.length - i, b.length / Character.BYTES);
      in.readFully(b, 0, k * Character.BYTES);
      ByteBuffer.wrap(b, 0, k * Character.BYTES).asCharBuffer().get(dst, i, k);
      i += k;
    }
  }

  /**
   * Writes UTF-16 units as {@link #readChars} reads them.
   *
   * @param out where to write
   * @param a the units
   * @throws IOException when writing fails
   */
  public static void writeChars(DataOutput out, char[] a) throws IOException {
    byte[] b = new byte[chunk(a.length, Character.BYTES)];
    for (int i = 0; i < a.length; ) {
      int k = Math.min(a.length - i, b.length / Character.BYTES);
      ByteBuffer.wrap(b, 0, k * Character.BYTES).asCharBuffer().put(a, i, k);
      out.write(b, 0, k * Character.BYTES);
      i += k;
    }
  }

  /** The buffer for {@code n} values of {@code size} bytes: a chunk, or less for a short array. */
  private static int chunk(int n, int size) {
    return (int) Math.min(CHUNK, (long) n * size);
  }
}
