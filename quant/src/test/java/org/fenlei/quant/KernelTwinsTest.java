package org.fenlei.quant;

import static org.fenlei.quant.Fixtures.SIZES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scalar kernels and their Vector API twins give bit-identical results on awkward sizes and on extremes (all
 * -128, all 127; weights all -127 and 127).
 */
class KernelTwinsTest {
  private final QuantKernels scalar = new ScalarKernels();
  private final QuantKernels vector = Fixtures.vector();

  @Test
  void theTestJvmUsesTheVectorKernels() {
    assertEquals("vector", VectorizationProvider.implementation());
  }

  @Test
  void quantize() {
    Random random = new Random(10);
    for (int n : SIZES) {
      float[] x = Fixtures.gaussian(random, n, 3);
      for (int i = 0; i < n; i += 7) {
        x[i] = (float) Math.floor(x[i] * 4) / 4 + 0.5f / 4 * (i % 3); // ties of x / scale with scale 0.25
      }
      if (n > 13) {
        x[1] = Float.NaN;
        x[2] = Float.POSITIVE_INFINITY;
        x[3] = Float.NEGATIVE_INFINITY;
        x[4] = -0f;
        x[5] = 1e30f;
        x[6] = -1e-30f;
      }
      for (QuantParams p : new QuantParams[] {new QuantParams(0.25f, 0), new QuantParams(0.03f, -7),
          new QuantParams(1e-4f, 127), new QuantParams(7f, -128)}) {
        byte[] a = new byte[n + 3];
        byte[] b = new byte[n + 3];
        scalar.quantize(x, 0, a, 3, n, p.scale(), p.zeroPoint());
        vector.quantize(x, 0, b, 3, n, p.scale(), p.zeroPoint());
        assertArrayEquals(a, b, "n=" + n + " " + p);
      }
    }
  }

  @Test
  void dequantize() {
    Random random = new Random(11);
    for (int n : SIZES) {
      for (byte[] q : new byte[][] {Fixtures.randomBytes(random, n), Fixtures.filled(n, -128),
          Fixtures.filled(n, 127)}) {
        float[] a = new float[n];
        float[] b = new float[n];
        scalar.dequantize(q, 0, a, 0, n, 0.0173f, -5);
        vector.dequantize(q, 0, b, 0, n, 0.0173f, -5);
        assertArrayEquals(a, b, "n=" + n);
      }
    }
  }

  @Test
  void requantize() {
    Random random = new Random(12);
    int[] extremes = FixedPointTest.EXTREMES;
    for (int n : SIZES) {
      int[] acc = new int[n];
      for (int i = 0; i < n; i++) {
        acc[i] = i < extremes.length ? extremes[i] : random.nextInt() >> random.nextInt(24);
      }
      for (int trial = 0; trial < 20; trial++) {
        FixedPointMultiplier m = FixedPointMultiplier.of(Math.scalb(random.nextDouble(), -random.nextInt(33)));
        int offset = random.nextInt(256) - 128;
        int min = random.nextInt(128) - 128;
        int max = min + random.nextInt(127 - min + 1);
        byte[] a = new byte[n];
        byte[] b = new byte[n];
        int[] ms = {m.multiplier()};
        int[] ss = {m.shift()};
        scalar.requantize(acc, 0, a, 0, n, ms, ss, 1, offset, min, max);
        vector.requantize(acc, 0, b, 0, n, ms, ss, 1, offset, min, max);
        assertArrayEquals(a, b, "n=" + n + " " + m);
      }
      // per channel: [rows, channels] with channels = n
      int[] multipliers = new int[n];
      int[] shifts = new int[n];
      for (int c = 0; c < n; c++) {
        FixedPointMultiplier m = FixedPointMultiplier.of(Math.scalb(random.nextDouble(), 2 - random.nextInt(33)));
        multipliers[c] = m.multiplier();
        shifts[c] = m.shift();
      }
      int[] acc3 = new int[3 * n];
      for (int i = 0; i < acc3.length; i++) {
        acc3[i] = random.nextInt() >> random.nextInt(28) >> 2; // |acc| * 2^2 fits an int: left shifts are safe
      }
      byte[] a = new byte[3 * n];
      byte[] b = new byte[3 * n];
      scalar.requantize(acc3, 0, a, 0, 3 * n, multipliers, shifts, n, 3, -128, 127);
      vector.requantize(acc3, 0, b, 0, 3 * n, multipliers, shifts, n, 3, -128, 127);
      assertArrayEquals(a, b, "per channel n=" + n);
    }
  }

  /** A table of rows x cols values; padded ones carry random bytes past the end, which must be ignored. */
  private static byte[] table(byte[] values, boolean padded, Random random) {
    if (!padded) {
      return values;
    }
    byte[] t = Fixtures.randomBytes(random, values.length + Int8Matrix.PADDING);
    System.arraycopy(values, 0, t, 0, values.length);
    return t;
  }

  @Test
  void sumRows() {
    Random random = new Random(13);
    for (int cols : SIZES) {
      int rows = Math.max(2, 40_000 / cols);
      for (byte[] values : new byte[][] {Fixtures.randomBytes(random, rows * cols),
          Fixtures.filled(rows * cols, -128), Fixtures.filled(rows * cols, 127)}) {
        for (boolean padded : new boolean[] {true, false}) {
          byte[] t = table(values, padded, random);
          int[] ids = new int[700]; // more than two int16 groups of 256 rows
          for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 5 == 0 ? rows - 1 - i % 2 : random.nextInt(rows); // the last rows: over-read into padding
          }
          int[] a = new int[cols];
          int[] b = new int[cols];
          scalar.sumRows(t, cols, ids, 3, ids.length, a);
          vector.sumRows(t, cols, ids, 3, ids.length, b);
          assertArrayEquals(a, b, "cols=" + cols + " padded=" + padded);
          if (values[0] == values[1] && values[0] == -128) {
            int[] expected = new int[cols];
            Arrays.fill(expected, -128 * (ids.length - 3));
            assertArrayEquals(expected, b, "all -128, cols=" + cols);
          }
        }
      }
    }
  }

  @Test
  void sumRowsScaled() {
    Random random = new Random(14);
    for (int cols : SIZES) {
      int rows = Math.max(2, 40_000 / cols);
      byte[] values = Fixtures.randomBytes(random, rows * cols);
      float[] scales = new float[rows];
      for (int r = 0; r < rows; r++) {
        scales[r] = random.nextFloat() * 0.1f;
      }
      int[] ids = new int[300];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i % 7 == 0 ? rows - 1 : random.nextInt(rows);
      }
      for (boolean padded : new boolean[] {true, false}) {
        byte[] t = table(values, padded, random);
        float[] a = Fixtures.gaussian(new Random(cols), cols, 1);
        float[] b = a.clone();
        scalar.sumRowsScaled(t, cols, scales, ids, 0, ids.length, a);
        vector.sumRowsScaled(t, cols, scales, ids, 0, ids.length, b);
        assertArrayEquals(a, b, "cols=" + cols + " padded=" + padded);
      }
    }
  }

  @Test
  void linearAccumulators() {
    Random random = new Random(15);
    for (int in : SIZES) {
      for (int out : new int[] {1, 3, 4, 7}) {
        for (int rows : new int[] {1, 2, 5}) {
          byte[][] inputs = {Fixtures.randomBytes(random, rows * in), Fixtures.filled(rows * in, -128),
              Fixtures.filled(rows * in, 127)};
          byte[][] weights = {Fixtures.randomWeights(random, out * in), Fixtures.filled(out * in, -127),
              Fixtures.filled(out * in, 127)};
          for (byte[] x : inputs) {
            for (byte[] w : weights) {
              Int8Matrix m = Fixtures.perChannel(w, out, in, random);
              QuantParams input = new QuantParams(0.02f, random.nextInt(256) - 128);
              int[] a = Linear.of(m, null, input, null, Activation.NONE, scalar).accumulators(x, rows);
              int[] b = Linear.of(m, null, input, null, Activation.NONE, vector).accumulators(x, rows);
              assertArrayEquals(a, b, "in=" + in + " out=" + out + " rows=" + rows);
              assertArrayEquals(longReference(x, w, rows, in, out, input.zeroPoint()), b);
            }
          }
        }
      }
    }
  }

  @Test
  void convolutionOutputs() {
    Random random = new Random(16);
    for (int channels : SIZES) {
      int width = 1 + channels % 7;
      int length = width + 4;
      int filters = 5;
      byte[][] inputs = {Fixtures.randomBytes(random, length * channels), Fixtures.filled(length * channels, -128),
          Fixtures.filled(length * channels, 127)};
      for (byte[] x : inputs) {
        Int8Matrix f = Fixtures.perChannel(Fixtures.randomWeights(random, filters * width * channels), filters,
            width * channels, random);
        float[] bias = Fixtures.gaussian(random, filters, 0.1);
        QuantParams input = new QuantParams(0.05f, 3);
        QuantParams output = new QuantParams(0.05f * channels / 8, -20);
        Conv1d cs = Conv1d.of(f, width, bias, input, output, Activation.RELU, scalar);
        Conv1d cv = Conv1d.of(f, width, bias, input, output, Activation.RELU, vector);
        assertArrayEquals(cs.accumulators(x, length), cv.accumulators(x, length), "channels=" + channels);
        byte[] a = new byte[cs.outputLength(length) * filters];
        byte[] b = new byte[a.length];
        cs.forward(x, length, a);
        cv.forward(x, length, b);
        assertArrayEquals(a, b, "channels=" + channels);
        byte[] pa = new byte[filters];
        byte[] pb = new byte[filters];
        cs.forwardMaxPool(x, length, pa);
        cv.forwardMaxPool(x, length, pb);
        assertArrayEquals(pa, pb, "pooled, channels=" + channels);
      }
    }
  }

  @Test
  void dotProductsAtTheDepthLimit() {
    int depth = PackedWeights.MAX_DEPTH;
    short[] x = new short[depth];
    short[] w = new short[4 * depth];
    Arrays.fill(x, (short) -128);
    Arrays.fill(w, (short) -127);
    int[] a = new int[4];
    int[] b = new int[4];
    scalar.gemm(x, 0, 1, w, depth, 4, a, false);
    vector.gemm(x, 0, 1, w, depth, 4, b, false);
    int expected = depth * 128 * 127; // 2,130,706,432: the largest product, just below 2^31
    assertArrayEquals(new int[] {expected, expected, expected, expected}, a);
    assertArrayEquals(a, b);
    Arrays.fill(w, (short) 127);
    scalar.gemm(x, 0, 1, w, depth, 4, a, false);
    vector.gemm(x, 0, 1, w, depth, 4, b, false);
    assertArrayEquals(new int[] {-expected, -expected, -expected, -expected}, b);
    assertArrayEquals(a, b);
  }

  /** {@code sum_k (x - Z) w} in long: the paper's equation before the zero point is moved out. */
  static int[] longReference(byte[] x, byte[] w, int rows, int in, int out, int zeroPoint) {
    int[] acc = new int[rows * out];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        long s = 0;
        for (int k = 0; k < in; k++) {
          s += (long) (x[r * in + k] - zeroPoint) * w[o * in + k];
        }
        acc[r * out + o] = Math.toIntExact(s);
      }
    }
    return acc;
  }
}
