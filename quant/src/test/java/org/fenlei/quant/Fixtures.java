package org.fenlei.quant;

import java.util.Random;

/** Random and extreme test data. */
final class Fixtures {
  static final int[] SIZES = {1, 4, 6, 13, 16, 25, 64, 100, 207, 300, 702, 1024, 4098};

  private Fixtures() {
  }

  static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** Symmetric weights: [-127, 127], never -128. */
  static byte[] randomWeights(Random random, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (random.nextInt(255) - 127);
    }
    return b;
  }

  static byte[] filled(int n, int value) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) value);
    return b;
  }

  static float[] gaussian(Random random, int n, double sigma) {
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = (float) (random.nextGaussian() * sigma);
    }
    return f;
  }

  /** A per-channel weight matrix wrapping the given int8 values, with random positive scales. */
  static Int8Matrix perChannel(byte[] q, int rows, int cols, Random random) {
    float[] scales = new float[rows];
    for (int r = 0; r < rows; r++) {
      scales[r] = 0.001f + random.nextFloat() * 0.01f;
    }
    return new Int8Matrix(Int8Matrix.Scheme.PER_CHANNEL, rows, cols, q.clone(), scales, null, 0);
  }

  /**
   * The native levels this CPU runs, lowest first; none when the build made no native library (-Dfenlei.native.skip
   * or no gcc). A library that the build made must load: then this fails instead of skipping.
   */
  static java.util.List<NativeKernels.Level> nativeLevels() {
    boolean built = NativeLibrary.class.getResource(NativeLibrary.resource()) != null;
    NativeKernels.Level best = NativeLibrary.bestLevel();
    if (!built) {
      return java.util.List.of();
    }
    if (best == null) {
      throw new AssertionError("the native library was built but did not load: " + NativeLibrary.status());
    }
    return java.util.List.of(NativeKernels.Level.values()).subList(0, best.ordinal() + 1);
  }

  static QuantKernels vector() {
    try {
      return VectorizationProvider.vectorKernels();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the Vector API kernels must load under the test JVM flags", e);
    }
  }
}
