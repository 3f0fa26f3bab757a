package org.fenlei.neural;

/**
 * The two float kernels training and prediction spend their time in. {@link #INSTANCE} is the Vector API twin
 * when {@code jdk.incubator.vector} is present (run with {@code --add-modules jdk.incubator.vector}), else the
 * scalar one: this is the only place that chooses.
 */
abstract class FloatOps {
  static final FloatOps INSTANCE = choose();

  /** {@code sum_i a[aOff + i] * b[bOff + i]} over {@code n} terms. */
  abstract float dot(float[] a, int aOff, float[] b, int bOff, int n);

  /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < n}. */
  abstract void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n);

  private static FloatOps choose() {
    if (!Boolean.getBoolean("fenlei.scalar") && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      try {
        return new SimdFloatOps();
      } catch (LinkageError | RuntimeException e) {
        return new ScalarFloatOps();
      }
    }
    return new ScalarFloatOps();
  }
}
