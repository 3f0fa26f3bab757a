package org.fenlei.features;

import java.util.Arrays;

/**
 * A sparse vector: strictly increasing {@code indices} with parallel {@code values}. The one sparse type every
 * featurizer produces and every model consumes. Immutable by convention: the arrays are owned by the vector.
 */
public final class SparseVector {
  private static final int[] NO_INDICES = new int[0];
  private static final float[] NO_VALUES = new float[0];
  /** The vector with no non-zero entries. */
  public static final SparseVector EMPTY = new SparseVector(NO_INDICES, NO_VALUES);

  private final int[] indices;
  private final float[] values;

  private SparseVector(int[] indices, float[] values) {
    this.indices = indices;
    this.values = values;
  }

  /**
   * Wraps sorted, duplicate-free indices and their values; checks the invariant. The arrays are not copied: the
   * caller must not change them afterwards.
   *
   * @param indices non-negative, strictly increasing feature indices
   * @param values the value of each index
   * @return the vector
   * @throws IllegalArgumentException when the arrays differ in length, the indices are not strictly increasing or
   *     one is negative
   */
  public static SparseVector of(int[] indices, float[] values) {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length: " + indices.length + " vs " + values.length);
    }
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] <= indices[i - 1]) {
        throw new IllegalArgumentException("indices not strictly increasing at position " + i);
      }
    }
    if (indices.length > 0 && indices[0] < 0) {
      throw new IllegalArgumentException("negative index " + indices[0]);
    }
    return new SparseVector(indices, values);
  }

  /**
   * Builds a vector from unsorted (index, value) pairs, summing values of repeated indices. The arrays are copied.
   *
   * @param indices non-negative feature indices, in any order, possibly repeated
   * @param values the value of each pair
   * @param length the number of pairs to read from the front of the arrays
   * @return the vector, {@link #EMPTY} when {@code length} is 0
   */
  public static SparseVector sumOf(int[] indices, float[] values, int length) {
    if (length == 0) {
      return EMPTY;
    }
    long[] packed = new long[length];
    for (int i = 0; i < length; i++) {
      packed[i] = ((long) indices[i] << 32) | i;
    }
    Arrays.sort(packed);
    int[] outIdx = new int[length];
    float[] outVal = new float[length];
    int n = -1;
    for (long p : packed) {
      int index = (int) (p >>> 32);
      float value = values[(int) p];
      if (n >= 0 && outIdx[n] == index) {
        outVal[n] += value;
      } else {
        n++;
        outIdx[n] = index;
        outVal[n] = value;
      }
    }
    n++;
    return new SparseVector(Arrays.copyOf(outIdx, n), Arrays.copyOf(outVal, n));
  }

  /**
   * The number of stored (non-zero) entries.
   *
   * @return the entry count
   */
  public int size() {
    return indices.length;
  }

  /**
   * The feature index of an entry.
   *
   * @param i the entry's position, {@code 0 <= i < size()}
   * @return its feature index
   */
  public int index(int i) {
    return indices[i];
  }

  /**
   * The value of an entry.
   *
   * @param i the entry's position, {@code 0 <= i < size()}
   * @return its value
   */
  public float value(int i) {
    return values[i];
  }

  /**
   * The Euclidean norm.
   *
   * @return the square root of the sum of squared values
   */
  public double norm() {
    double s = 0;
    for (float v : values) {
      s += (double) v * v;
    }
    return Math.sqrt(s);
  }

  /**
   * This vector scaled to unit Euclidean norm.
   *
   * @return the scaled vector, or this vector when its norm is zero
   */
  public SparseVector l2Normalized() {
    double norm = norm();
    if (norm == 0) {
      return this;
    }
    float[] out = new float[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (values[i] / norm);
    }
    return new SparseVector(indices, out);
  }

  /**
   * Dot product with a dense vector.
   *
   * @param dense a vector longer than the highest index
   * @return the sum over entries of value times {@code dense[index]}
   */
  public double dot(double[] dense) {
    double s = 0;
    for (int i = 0; i < indices.length; i++) {
      s += values[i] * dense[indices[i]];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < indices.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(indices[i]).append(':').append(values[i]);
    }
    return sb.append('}').toString();
  }
}
