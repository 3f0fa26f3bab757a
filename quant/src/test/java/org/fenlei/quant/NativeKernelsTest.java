package org.fenlei.quant;

import static org.fenlei.quant.Fixtures.SIZES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native kernels give bit-identical results to the scalar Java kernels, at every level this CPU has (each forced
 * in turn), on the awkward sizes and extremes of {@link KernelTwinsTest}, and on random shapes. Skipped only when
 * the build made no native library.
 */
class NativeKernelsTest {
  private static final QuantKernels SCALAR = new ScalarKernels();
  private static List<NativeKernels.Level> levels;

  @BeforeAll
  static void levels() {
    levels = Fixtures.nativeLevels();
    assumeFalse(levels.isEmpty(), "no native library in this build");
  }

  private static NativeKernels at(NativeKernels.Level level) {
    return new NativeKernels(level, SCALAR);
  }

  /** A layer whose constants would pass 2 GiB is told apart (and stays on the Java kernels), not wrapped around. */
  @Test
  void layersTooLargeForOneBufferAreToldApart() {
    assertEquals(true, NativeProduct.fits(100, 300));
    assertEquals(true, NativeProduct.fits(16, (1 << 27) - 64)); // 2 GiB - 1 KiB of weights, and the rest
    assertEquals(false, NativeProduct.fits(16, 1 << 27)); // 2 GiB of weights: an int product would wrap
    assertEquals(false, NativeProduct.fits(1, Integer.MAX_VALUE - 2)); // 16 padded channels of it
    assertEquals(false, NativeProduct.fits(Integer.MAX_VALUE, 1));
  }

  @Test
  void theTestJvmServesTheBestLevel() {
    NativeKernels.Level best = levels.get(levels.size() - 1);
    assertEquals(best.id, VectorizationProvider.nativeLevel());
    assertEquals(best, NativeLibrary.bestLevel());
    assertEquals("int8 kernels: native " + best.id + " (best of this CPU: " + best.id + "), Java vector elsewhere",
        VectorizationProvider.description());
  }

  @Test
  void sumRows() {
    Random random = new Random(13);
    for (NativeKernels.Level level : levels) {
      NativeKernels nk = at(level);
      for (int cols : SIZES) {
        int rows = Math.max(2, 40_000 / cols);
        for (byte[] values : new byte[][] {Fixtures.randomBytes(random, rows * cols),
            Fixtures.filled(rows * cols, -128), Fixtures.filled(rows * cols, 127)}) {
          int[] ids = new int[700]; // more than two int16 groups of 256 rows
          for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 5 == 0 ? rows - 1 - i % 2 : random.nextInt(rows); // the last rows: their ends are the array's
          }
          for (int from : new int[] {0, 3, 699}) {
            int[] a = new int[cols];
            int[] b = new int[cols + 1];
            b[cols] = 12345;
            SCALAR.sumRows(values, cols, ids, from, ids.length, a);
            nk.sumRows(values, cols, ids, from, ids.length, b);
            assertArrayEquals(a, Arrays.copyOf(b, cols), level + " cols=" + cols + " from=" + from);
            assertEquals(12345, b[cols], "nothing written past the row");
          }
          if (values[0] == values[1] && values[0] == -128) {
            int[] expected = new int[cols];
            Arrays.fill(expected, -128 * ids.length);
            int[] b = new int[cols];
            nk.sumRows(values, cols, ids, 0, ids.length, b);
            assertArrayEquals(expected, b, level + " all -128, cols=" + cols);
          }
        }
      }
    }
  }

  @Test
  void sumRowsScaled() {
    Random random = new Random(14);
    for (NativeKernels.Level level : levels) {
      NativeKernels nk = at(level);
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
        float[] a = Fixtures.gaussian(new Random(cols), cols, 1);
        float[] b = Arrays.copyOf(a, cols + 1);
        b[cols] = 7f;
        SCALAR.sumRowsScaled(values, cols, scales, ids, 0, ids.length, a);
        nk.sumRowsScaled(values, cols, scales, ids, 0, ids.length, b);
        assertArrayEquals(a, Arrays.copyOf(b, cols), level + " cols=" + cols);
        assertEquals(7f, b[cols], "nothing written past the row");
      }
    }
  }

  @Test
  void embeddingBagsOfEveryScheme() {
    Random random = new Random(17);
    for (NativeKernels.Level level : levels) {
      for (int dim : SIZES) {
        int rows = Math.max(3, 20_000 / dim);
        float[] values = Fixtures.gaussian(random, rows * dim, 0.5);
        for (Int8Matrix table : new Int8Matrix[] {Int8Matrix.quantizePerTensor(values, rows, dim),
            Int8Matrix.quantizeRowwise(values, rows, dim), Int8Matrix.quantizePerChannel(values, rows, dim)}) {
          EmbeddingBag java = EmbeddingBag.of(table, SCALAR);
          EmbeddingBag nat = EmbeddingBag.of(table, at(level));
          int[] ids = random.ints(50, 0, rows).toArray();
          float[] a = new float[dim];
          float[] b = new float[dim];
          java.mean(ids, 0, ids.length, a);
          nat.mean(ids, 0, ids.length, b);
          assertArrayEquals(a, b, level + " " + table.scheme() + " dim=" + dim);
          QuantParams output = new QuantParams(0.01f, -3);
          byte[] qa = new byte[dim];
          byte[] qb = new byte[dim];
          java.sum(ids, 1, ids.length, output, qa);
          nat.sum(ids, 1, ids.length, output, qb);
          assertArrayEquals(qa, qb, level + " " + table.scheme() + " dim=" + dim);
        }
      }
    }
  }

  @Test
  void linearLayers() {
    Random random = new Random(15);
    for (NativeKernels.Level level : levels) {
      NativeKernels nk = at(level);
      for (int in : SIZES) {
        for (int out : new int[] {1, 3, 16, 17, 40}) {
          for (int rows : new int[] {1, 2, 7}) {
            byte[][] inputs = {Fixtures.randomBytes(random, rows * in), Fixtures.filled(rows * in, -128),
                Fixtures.filled(rows * in, 127)};
            byte[][] weights = {Fixtures.randomWeights(random, out * in), Fixtures.filled(out * in, -127),
                Fixtures.filled(out * in, 127)};
            for (byte[] x : inputs) {
              for (byte[] w : weights) {
                Int8Matrix m = Fixtures.perChannel(w, out, in, random);
                int zeroPoint = new int[] {-128, 127, random.nextInt(256) - 128}[random.nextInt(3)];
                QuantParams input = new QuantParams(0.02f, zeroPoint);
                QuantParams output = new QuantParams(0.02f * in / 4, random.nextInt(256) - 128);
                float[] bias = Fixtures.gaussian(random, out, 0.5);
                Activation act = Activation.values()[random.nextInt(3)];
                Linear ls = Linear.of(m, bias, input, output, act, SCALAR);
                Linear ln = Linear.of(m, bias, input, output, act, nk);
                String at = level + " in=" + in + " out=" + out + " rows=" + rows;
                assertArrayEquals(ls.accumulators(x, rows), ln.accumulators(x, rows), at);
                byte[] qa = new byte[rows * out];
                byte[] qb = new byte[rows * out + 1];
                ls.forward(x, rows, qa);
                ln.forward(x, rows, qb);
                assertArrayEquals(qa, Arrays.copyOf(qb, qa.length), at);
                assertEquals(0, qb[qa.length], "nothing written past the output");
                float[] fa = new float[rows * out];
                float[] fb = new float[rows * out];
                ls.forwardDequantized(x, rows, fa);
                ln.forwardDequantized(x, rows, fb);
                assertArrayEquals(fa, fb, at);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void convolutions() {
    Random random = new Random(16);
    for (NativeKernels.Level level : levels) {
      NativeKernels nk = at(level);
      for (int channels : SIZES) {
        int width = 1 + channels % 7;
        for (int filters : new int[] {1, 5, 16, 33, 70}) {
          int length = width + random.nextInt(9);
          byte[][] inputs = {Fixtures.randomBytes(random, length * channels),
              Fixtures.filled(length * channels, -128), Fixtures.filled(length * channels, 127)};
          for (byte[] x : inputs) {
            Int8Matrix f = Fixtures.perChannel(Fixtures.randomWeights(random, filters * width * channels), filters,
                width * channels, random);
            float[] bias = Fixtures.gaussian(random, filters, 0.1);
            QuantParams input = new QuantParams(0.05f, new int[] {-128, 127, 3}[random.nextInt(3)]);
            QuantParams output = new QuantParams(0.05f * channels / 8, -20);
            Conv1d cs = Conv1d.of(f, width, bias, input, output, Activation.RELU, SCALAR);
            Conv1d cn = Conv1d.of(f, width, bias, input, output, Activation.RELU, nk);
            String at = level + " channels=" + channels + " filters=" + filters + " length=" + length;
            assertArrayEquals(cs.accumulators(x, length), cn.accumulators(x, length), at);
            byte[] a = new byte[cs.outputLength(length) * filters];
            byte[] b = new byte[a.length];
            cs.forward(x, length, a);
            cn.forward(x, length, b);
            assertArrayEquals(a, b, at);
            byte[] pa = new byte[filters];
            byte[] pb = new byte[filters];
            cs.forwardMaxPool(x, length, pa);
            cn.forwardMaxPool(x, length, pb);
            assertArrayEquals(pa, pb, "pooled, " + at);
          }
        }
      }
    }
  }

  /** Random shapes, zero points, scales and activations: int8, float and pooled outputs bit for bit. */
  @Test
  void fuzzedShapes() {
    Random random = new Random(99);
    for (int trial = 0; trial < 300; trial++) {
      int channels = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
      int width = 1 + random.nextInt(7);
      int filters = 1 + random.nextInt(random.nextBoolean() ? 20 : 150);
      int length = width + random.nextInt(30);
      byte[] x = Fixtures.randomBytes(random, length * channels + random.nextInt(3));
      Int8Matrix f = Fixtures.perChannel(Fixtures.randomWeights(random, filters * width * channels), filters,
          width * channels, random);
      float[] bias = random.nextBoolean() ? null : Fixtures.gaussian(random, filters, 1);
      QuantParams input = new QuantParams(0.01f + random.nextFloat() * 0.1f, random.nextInt(256) - 128);
      QuantParams output = new QuantParams(0.001f + random.nextFloat() * channels * 0.01f,
          random.nextInt(256) - 128);
      Activation act = Activation.values()[random.nextInt(3)];
      Conv1d cs = Conv1d.of(f, width, bias, input, output, act, SCALAR);
      int rows = length - width + 1;
      for (NativeKernels.Level level : levels) {
        Conv1d cn = Conv1d.of(f, width, bias, input, output, act, at(level));
        String at = level + " trial " + trial + ": " + length + "x" + channels + "x" + width + "x" + filters;
        byte[] a = new byte[rows * filters];
        byte[] b = new byte[rows * filters];
        cs.forward(x, length, a);
        cn.forward(x, length, b);
        assertArrayEquals(a, b, at);
        byte[] pa = new byte[filters];
        byte[] pb = new byte[filters];
        cs.forwardMaxPool(x, length, pa);
        cn.forwardMaxPool(x, length, pb);
        assertArrayEquals(pa, pb, at);
        // the same weights as a linear layer over `rows` rows of width * channels values
        Linear ls = Linear.of(f, bias, input, output, act, SCALAR);
        Linear ln = Linear.of(f, bias, input, output, act, at(level));
        int linearRows = Math.max(1, x.length / (width * channels));
        float[] fa = new float[linearRows * filters];
        float[] fb = new float[linearRows * filters];
        ls.forwardDequantized(x, linearRows, fa);
        ln.forwardDequantized(x, linearRows, fb);
        assertArrayEquals(fa, fb, at);
      }
    }
  }

  /** The largest dot products the format allows (PackedWeights would refuse these weights with a zero point). */
  @Test
  void dotProductsAtTheDepthLimit() {
    int depth = PackedWeights.MAX_DEPTH;
    for (int xValue : new int[] {-128, 127}) {
      for (int wValue : new int[] {-127, 127}) {
        Int8Matrix w = new Int8Matrix(Int8Matrix.Scheme.PER_CHANNEL, 4, depth, Fixtures.filled(4 * depth, wValue),
            new float[] {1, 1, 1, 1}, null, 0);
        NativeProduct p = new NativeProduct(w, new int[4], new int[4], new int[4], new float[4], Activation.NONE,
            null, 0, 0);
        int expected = depth * xValue * wValue; // up to 2,130,706,432 in magnitude, just below 2^31
        for (NativeKernels.Level level : levels) {
          int[] acc = new int[4];
          at(level).product(p, Fixtures.filled(depth, xValue), 0, 1, NativeKernels.ACCUMULATE, acc);
          assertArrayEquals(new int[] {expected, expected, expected, expected}, acc, level + " " + xValue + " x "
              + wValue);
          int[] max = new int[4];
          at(level).product(p, Fixtures.filled(depth + 2, xValue), 1, 3, NativeKernels.MAX_ACCUMULATE, max);
          assertArrayEquals(new int[] {expected, expected, expected, expected}, max, level + " pooled");
        }
      }
    }
  }

  /**
   * The requantization epilogue on extreme accumulators (zero weights make the accumulator the bias itself), per
   * channel, with random multipliers and shifts: against {@link ScalarKernels#requantize}.
   */
  @Test
  void requantizationOfExtremeAccumulators() {
    Random random = new Random(12);
    int[] extremes = FixedPointTest.EXTREMES;
    for (int n : SIZES) {
      int[] acc = new int[n];
      int[] multipliers = new int[n];
      int[] shifts = new int[n];
      for (int c = 0; c < n; c++) {
        acc[c] = c < extremes.length ? extremes[c] : random.nextInt() >> random.nextInt(24);
        FixedPointMultiplier m = FixedPointMultiplier.of(Math.scalb(random.nextDouble(), 2 - random.nextInt(34)));
        multipliers[c] = m.multiplier();
        shifts[c] = m.shift();
      }
      Int8Matrix zeros = new Int8Matrix(Int8Matrix.Scheme.PER_CHANNEL, n, 5, new byte[n * 5], new float[n], null, 0);
      for (int trial = 0; trial < 5; trial++) {
        int offset = random.nextInt(256) - 128;
        int min = random.nextInt(128) - 128;
        int max = min + random.nextInt(127 - min + 1);
        byte[] expected = new byte[2 * n];
        SCALAR.requantize(concat(acc, acc), 0, expected, 0, 2 * n, multipliers, shifts, n, offset, min, max);
        NativeProduct p = new NativeProduct(zeros, acc, multipliers, shifts, new float[n], Activation.NONE,
            new QuantParams(1f, offset), min, max);
        for (NativeKernels.Level level : levels) {
          byte[] out = new byte[2 * n];
          at(level).product(p, Fixtures.randomBytes(random, 10), 5, 2, NativeKernels.REQUANTIZE, out);
          assertArrayEquals(expected, out, level + " n=" + n + " trial " + trial);
        }
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Wrong shapes never reach C: each throws in Java. */
  @Test
  void boundsAreCheckedBeforeTheNativeCall() {
    NativeKernels nk = at(levels.get(0));
    byte[] table = new byte[40];
    int[] acc = new int[10];
    assertThrows(IndexOutOfBoundsException.class, () -> nk.sumRows(table, 10, new int[] {0, 4}, 0, 2, acc));
    assertThrows(IndexOutOfBoundsException.class, () -> nk.sumRows(table, 10, new int[] {-1}, 0, 1, acc));
    assertThrows(IndexOutOfBoundsException.class, () -> nk.sumRows(table, 10, new int[] {0}, 0, 2, acc));
    assertThrows(IndexOutOfBoundsException.class, () -> nk.sumRows(table, 10, new int[] {0}, 0, 1, new int[9]));
    assertThrows(IndexOutOfBoundsException.class,
        () -> nk.sumRowsScaled(table, 10, new float[3], new int[] {3}, 0, 1, new float[10]));
    Int8Matrix w = Fixtures.perChannel(new byte[6 * 8], 6, 8, new Random(1));
    Linear layer = Linear.of(w, null, new QuantParams(0.1f, 0), new QuantParams(0.1f, 0), Activation.NONE, nk);
    assertThrows(IllegalArgumentException.class, () -> layer.forward(new byte[15], 2, new byte[12]));
    assertThrows(IllegalArgumentException.class, () -> layer.forward(new byte[16], 2, new byte[11]));
    NativeProduct p = new NativeProduct(w, new int[6], new int[6], new int[6], new float[6], Activation.NONE, null,
        0, 0);
    assertThrows(IndexOutOfBoundsException.class,
        () -> nk.product(p, new byte[15], 8, 2, NativeKernels.DEQUANTIZE, new float[12]));
    assertThrows(IndexOutOfBoundsException.class,
        () -> nk.product(p, new byte[16], 8, 2, NativeKernels.DEQUANTIZE, new float[11]));
    assertThrows(IllegalArgumentException.class,
        () -> nk.product(p, new byte[16], 8, 2, NativeKernels.DEQUANTIZE, new int[12]));
    assertThrows(IllegalArgumentException.class,
        () -> nk.product(p, new byte[16], 8, 0, NativeKernels.ACCUMULATE, new int[12]));
    assertThrows(IllegalStateException.class,
        () -> nk.product(p, new byte[16], 8, 2, NativeKernels.REQUANTIZE, new byte[12]));
  }
}
