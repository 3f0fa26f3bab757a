package org.fenlei.neural;

import org.fenlei.quant.VectorizationProvider;

/**
 * The two float kernels training and prediction spend their time in. {@link #INSTANCE} is the Vector API twin
 * when quant's {@link VectorizationProvider} (fenlei's one SIMD choice, one flag {@code fenlei.scalar}, one
 * warning) chose the Vector API, else the scalar one.
 */
abstract class FloatOps {
  static final FloatOps INSTANCE = choose();

  /** {@code sum_i a[aOff + i] * b[bOff + i]} over {@code n} terms. */
  abstract float dot(float[] a, int aOff, float[] b, int bOff, int n);

  /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < n}. */
  abstract void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n);

  /**
   * A filter bank's maximum over time and where it is: {@code out[m] = max over t < windows of sum over j < depth
   * of x[t * stride + j] * wt[j * cols + m]} and {@code arg[m]} the first window reaching it, for every
   * {@code m < cols}. The filters are transposed ({@code [depth, cols]}, {@code cols} a multiple of
   * {@link #lanes()}, padded with zero filters), so that each input value is broadcast against a row of filters:
   * no reductions, eight windows and two vectors of filters at a time (four windows and one vector for short
   * documents).
   */
  abstract void convMax(float[] wt, int cols, float[] x, int stride, int depth, int windows, float[] out,
      int[] arg);

  /** The float lanes of a vector: {@link #convMax}'s columns are padded to a multiple of it. */
  abstract int lanes();

  private static FloatOps choose() {
    if (VectorizationProvider.vectorized()) {
      try {
        return new SimdFloatOps();
      } catch (LinkageError | RuntimeException e) {
        return new ScalarFloatOps();
      }
    }
    return new ScalarFloatOps();
  }
}
