package org.fenlei.neural;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A trainable row-major float matrix. Training threads write to it without locks (hogwild): a lost update is a
 * little noise in SGD, never a broken invariant, as in the tool. Once training ends it is only read.
 */
final class DenseMatrix implements EmbeddingTable, OutputTable {
  private static final int INIT_BLOCK = 1 << 20;
  final int rows;
  final int cols;
  final float[] data;

  DenseMatrix(int rows, int cols) {
    if (rows < 0 || cols <= 0 || (long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix is too large (at most 2^31 floats): "
          + "use fewer buckets or a smaller dim");
    }
    this.rows = rows;
    this.cols = cols;
    this.data = new float[rows * cols];
  }

  DenseMatrix(int rows, int cols, float[] data) {
    if (data.length != (long) rows * cols) {
      throw new IllegalArgumentException(rows + " x " + cols + " matrix with " + data.length + " values");
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** Uniform in {@code [-a, a]}, the same for a seed whatever {@code threads} is (blocks have their own seeds). */
  void uniform(float a, int threads, long seed) {
    int blocks = (data.length + INIT_BLOCK - 1) / INIT_BLOCK;
    IntStream s = IntStream.range(0, blocks);
    (threads > 1 && blocks > 1 ? s.parallel() : s).forEach(b -> {
      SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
      for (int i = b * INIT_BLOCK, end = Math.min(data.length, i + INIT_BLOCK); i < end; i++) {
        data[i] = (float) (r.nextDouble() * 2 - 1) * a;
      }
    });
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int dim() {
    return cols;
  }

  @Override
  public float dotRow(float[] v, int i) {
    return FloatOps.INSTANCE.dot(data, i * cols, v, 0, cols);
  }

  /** {@code row(i) += a * v}. */
  void addToRow(float[] v, int i, float a) {
    FloatOps.INSTANCE.axpy(a, v, 0, data, i * cols, cols);
  }

  /** {@code acc += a * row(i)}. */
  void addRowTo(float[] acc, int i, float a) {
    FloatOps.INSTANCE.axpy(a, data, i * cols, acc, 0, cols);
  }

  @Override
  public void bag(int[] ids, int n, float[] hidden) {
    java.util.Arrays.fill(hidden, 0, cols, 0f);
    FloatOps ops = FloatOps.INSTANCE;
    for (int k = 0; k < n; k++) {
      ops.axpy(1f, data, ids[k] * cols, hidden, 0, cols);
    }
    if (n > 0) {
      float inv = 1f / n;
      for (int j = 0; j < cols; j++) {
        hidden[j] *= inv;
      }
    }
  }

  @Override
  public long bytes() {
    return 4L * data.length;
  }

  DenseMatrix copy() {
    return new DenseMatrix(rows, cols, data.clone());
  }

  /** {@code ||row(i)||}. */
  double rowNorm(int i) {
    double s = 0;
    for (int j = i * cols, end = j + cols; j < end; j++) {
      s += (double) data[j] * data[j];
    }
    return Math.sqrt(s);
  }
}
