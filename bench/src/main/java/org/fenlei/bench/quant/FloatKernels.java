package org.fenlei.bench.quant;

import static jdk.incubator.vector.VectorOperators.ADD;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 baselines the int8 kernels are measured against: Vector API, with the same layout work as the int8
 * side (zero-padded operands so loops have no tails, register tiles, filters kept in L1 while windows slide), so
 * that a ratio measures int8 against a float kernel written with equal care.
 */
final class FloatKernels {
  static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  /** Depth and channel padding, as fenlei's int8 PackedWeights. */
  static final int DEPTH_ALIGN = 64;
  static final int CHANNEL_ALIGN = 4;

  private FloatKernels() {
  }

  static int roundUp(int n, int align) {
    return (n + align - 1) / align * align;
  }

  /** Floats of padding a table needs after its last row for {@link #sumRows} to read every row as whole blocks. */
  static final int PADDING = 256;

  /**
   * {@code out[j] += sum of table[ids[i] * dim + j]}, as the int8 kernel does it: columns in blocks of 4 vectors kept
   * in registers across the rows, rows read as whole blocks (lanes past {@code dim} belong to the next row or the
   * padding and are ignored), no branch in the row loop; a bag that could read past the array goes scalar.
   */
  static void sumRows(float[] table, int dim, int[] ids, int from, int to, float[] out) {
    int lanes = F.length();
    int block = 4 * lanes;
    int padded = roundUp(dim, block);
    int maxId = 0;
    for (int i = from; i < to; i++) {
      maxId = Math.max(maxId, ids[i]);
    }
    if ((long) maxId * dim + padded > table.length) {
      for (int i = from; i < to; i++) {
        for (int j = 0; j < dim; j++) {
          out[j] += table[ids[i] * dim + j];
        }
      }
      return;
    }
    float[] acc = new float[padded];
    System.arraycopy(out, 0, acc, 0, dim);
    for (int j = 0; j < padded; j += block) {
      FloatVector s0 = FloatVector.fromArray(F, acc, j);
      FloatVector s1 = FloatVector.fromArray(F, acc, j + lanes);
      FloatVector s2 = FloatVector.fromArray(F, acc, j + 2 * lanes);
      FloatVector s3 = FloatVector.fromArray(F, acc, j + 3 * lanes);
      for (int i = from; i < to; i++) {
        int o = ids[i] * dim + j;
        s0 = s0.add(FloatVector.fromArray(F, table, o));
        s1 = s1.add(FloatVector.fromArray(F, table, o + lanes));
        s2 = s2.add(FloatVector.fromArray(F, table, o + 2 * lanes));
        s3 = s3.add(FloatVector.fromArray(F, table, o + 3 * lanes));
      }
      s0.intoArray(acc, j);
      s1.intoArray(acc, j + lanes);
      s2.intoArray(acc, j + 2 * lanes);
      s3.intoArray(acc, j + 3 * lanes);
    }
    System.arraycopy(acc, 0, out, 0, dim);
  }

  /**
   * {@code dot(r, c) = sum_k x[r * xStride + k] * w[c * depth + k]}, stored at {@code out[r * channels + c]} or, with
   * {@code maxOverRows}, maximised into {@code out[c]}. Tiles of 4 windows x 4 filters (16 accumulators: the
   * fastest float tile measured), then 1 x 4 for the last windows.
   */
  static void gemm(float[] x, int xStride, int rows, float[] w, int depth, int channels, float[] out,
      boolean maxOverRows) {
    float[] tile = new float[16];
    for (int c = 0; c < channels; c += 4) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        tile4x4(x, r * xStride, xStride, w, c * depth, depth, tile);
        for (int i = 0; i < 4; i++) {
          store(tile, 4 * i, r + i, c, channels, out, maxOverRows);
        }
      }
      for (; r < rows; r++) {
        tile1x4(x, r * xStride, w, c * depth, depth, tile);
        store(tile, 0, r, c, channels, out, maxOverRows);
      }
    }
  }

  private static void store(float[] tile, int from, int row, int c, int channels, float[] out, boolean max) {
    for (int i = 0; i < 4; i++) {
      if (max) {
        out[c + i] = Math.max(out[c + i], tile[from + i]);
      } else {
        out[row * channels + c + i] = tile[from + i];
      }
    }
  }

  private static void tile4x4(float[] x, int x0, int xStride, float[] w, int w0, int depth, float[] t) {
    int x1 = x0 + xStride;
    int x2 = x1 + xStride;
    int x3 = x2 + xStride;
    int w1 = w0 + depth;
    int w2 = w1 + depth;
    int w3 = w2 + depth;
    FloatVector z = FloatVector.zero(F);
    FloatVector a0 = z, a1 = z, a2 = z, a3 = z, b0 = z, b1 = z, b2 = z, b3 = z;
    FloatVector c0 = z, c1 = z, c2 = z, c3 = z, d0 = z, d1 = z, d2 = z, d3 = z;
    for (int k = 0; k < depth; k += F.length()) {
      FloatVector v0 = FloatVector.fromArray(F, w, w0 + k);
      FloatVector v1 = FloatVector.fromArray(F, w, w1 + k);
      FloatVector v2 = FloatVector.fromArray(F, w, w2 + k);
      FloatVector v3 = FloatVector.fromArray(F, w, w3 + k);
      FloatVector xv = FloatVector.fromArray(F, x, x0 + k);
      a0 = v0.fma(xv, a0);
      a1 = v1.fma(xv, a1);
      a2 = v2.fma(xv, a2);
      a3 = v3.fma(xv, a3);
      xv = FloatVector.fromArray(F, x, x1 + k);
      b0 = v0.fma(xv, b0);
      b1 = v1.fma(xv, b1);
      b2 = v2.fma(xv, b2);
      b3 = v3.fma(xv, b3);
      xv = FloatVector.fromArray(F, x, x2 + k);
      c0 = v0.fma(xv, c0);
      c1 = v1.fma(xv, c1);
      c2 = v2.fma(xv, c2);
      c3 = v3.fma(xv, c3);
      xv = FloatVector.fromArray(F, x, x3 + k);
      d0 = v0.fma(xv, d0);
      d1 = v1.fma(xv, d1);
      d2 = v2.fma(xv, d2);
      d3 = v3.fma(xv, d3);
    }
    t[0] = a0.reduceLanes(ADD);
    t[1] = a1.reduceLanes(ADD);
    t[2] = a2.reduceLanes(ADD);
    t[3] = a3.reduceLanes(ADD);
    t[4] = b0.reduceLanes(ADD);
    t[5] = b1.reduceLanes(ADD);
    t[6] = b2.reduceLanes(ADD);
    t[7] = b3.reduceLanes(ADD);
    t[8] = c0.reduceLanes(ADD);
    t[9] = c1.reduceLanes(ADD);
    t[10] = c2.reduceLanes(ADD);
    t[11] = c3.reduceLanes(ADD);
    t[12] = d0.reduceLanes(ADD);
    t[13] = d1.reduceLanes(ADD);
    t[14] = d2.reduceLanes(ADD);
    t[15] = d3.reduceLanes(ADD);
  }

  private static void tile1x4(float[] x, int x0, float[] w, int w0, int depth, float[] t) {
    int w1 = w0 + depth;
    int w2 = w1 + depth;
    int w3 = w2 + depth;
    FloatVector z = FloatVector.zero(F);
    FloatVector a0 = z, a1 = z, a2 = z, a3 = z;
    for (int k = 0; k < depth; k += F.length()) {
      FloatVector xv = FloatVector.fromArray(F, x, x0 + k);
      a0 = FloatVector.fromArray(F, w, w0 + k).fma(xv, a0);
      a1 = FloatVector.fromArray(F, w, w1 + k).fma(xv, a1);
      a2 = FloatVector.fromArray(F, w, w2 + k).fma(xv, a2);
      a3 = FloatVector.fromArray(F, w, w3 + k).fma(xv, a3);
    }
    t[0] = a0.reduceLanes(ADD);
    t[1] = a1.reduceLanes(ADD);
    t[2] = a2.reduceLanes(ADD);
    t[3] = a3.reduceLanes(ADD);
  }

  /** Filters {@code [out, depth]} padded with zeros to {@code [roundUp(out, 4), roundUp(depth, 64)]}. */
  static float[] pack(float[] w, int out, int depth) {
    int pd = roundUp(depth, DEPTH_ALIGN);
    float[] packed = new float[roundUp(out, CHANNEL_ALIGN) * pd];
    for (int o = 0; o < out; o++) {
      System.arraycopy(w, o * depth, packed, o * pd, depth);
    }
    return packed;
  }
}
