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
    read(in, dst.length, Float.BYTES, (b, at, k) -> b.asFloatBuffer().get(dst, at, k));
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
    write(out, a.length, Float.BYTES, (b, at, k) -> b.asFloatBuffer().put(a, at, k));
  }

  /**
   * Fills {@code dst} with UTF-16 units.
   *
   * @param in where to read
   * @param dst the units
   * @throws IOException when reading fails or the input ends first
   */
  public static void readChars(DataInput in, char[] dst) throws IOException {
    read(in, dst.length, Character.BYTES, (b, at, k) -> b.asCharBuffer().get(dst, at, k));
  }

  /**
   * Writes UTF-16 units as {@link #readChars} reads them.
   *
   * @param out where to write
   * @param a the units
   * @throws IOException when writing fails
   */
  public static void writeChars(DataOutput out, char[] a) throws IOException {
    write(out, a.length, Character.BYTES, (b, at, k) -> b.asCharBuffer().put(a, at, k));
  }

  /** Moves {@code count} values, from index {@code at} of an array, between it and {@code bytes}. */
  private interface Chunk {
    void convert(ByteBuffer bytes, int at, int count);
  }

  /** Reads {@code n} values of {@code size} bytes a chunk at a time, each chunk converted by {@code into}. */
  private static void read(DataInput in, int n, int size, Chunk into) throws IOException {
    byte[] b = new byte[(int) Math.min(CHUNK, (long) n * size)];
    for (int i = 0; i < n; ) {
      int k = Math.min(n - i, b.length / size);
      in.readFully(b, 0, k * size);
      into.convert(ByteBuffer.wrap(b, 0, k * size), i, k);
      i += k;
    }
  }

  /** Writes {@code n} values of {@code size} bytes a chunk at a time, each chunk converted by {@code from}. */
  private static void write(DataOutput out, int n, int size, Chunk from) throws IOException {
    byte[] b = new byte[(int) Math.min(CHUNK, (long) n * size)];
    for (int i = 0; i < n; ) {
      int k = Math.min(n - i, b.length / size);
      from.convert(ByteBuffer.wrap(b, 0, k * size), i, k);
      out.write(b, 0, k * size);
      i += k;
    }
  }
}
