package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingBagTest {
  private static final int ROWS = 5000;
  private static final int DIM = 100;

  private final Random random = new Random(20);
  private final float[] table = Fixtures.gaussian(random, ROWS * DIM, 0.3);

  private int[] ids(int n) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = random.nextInt(ROWS);
    }
    return ids;
  }

  private static double[] meanOf(Int8Matrix m, int[] ids, int from, int to) {
    double[] mean = new double[m.cols()];
    for (int i = from; i < to; i++) {
      for (int j = 0; j < m.cols(); j++) {
        int q = m.get(ids[i], j);
        mean[j] += switch (m.scheme()) { // in double, without float rounding per term
          case PER_TENSOR -> (double) m.scale(0) * (q - m.params().zeroPoint());
          case PER_CHANNEL -> (double) m.scale(ids[i]) * q;
          case ROWWISE -> (double) m.scale(ids[i]) * q + m.offset(ids[i]);
        };
      }
    }
    for (int j = 0; j < mean.length; j++) {
      mean[j] /= to - from;
    }
    return mean;
  }

  private float[] originalMean(int[] ids) {
    float[] mean = new float[DIM];
    for (int id : ids) {
      for (int j = 0; j < DIM; j++) {
        mean[j] += table[id * DIM + j] / ids.length;
      }
    }
    return mean;
  }

  @Test
  void perTensorMeanIsExactUpToTheFinalFloatRounding() {
    Int8Matrix m = Int8Matrix.quantizePerTensor(table, ROWS, DIM);
    float halfStep = m.scale(0) / 2;
    for (int n : new int[] {1, 7, 255, 256, 257, 1000}) {
      int[] ids = ids(n);
      float[] out = new float[DIM];
      EmbeddingBag.of(m).mean(ids, 0, n, out);
      double[] exact = meanOf(m, ids, 0, n);
      float[] original = originalMean(ids);
      for (int j = 0; j < DIM; j++) {
        // integer sums are exact: only the factor scale / n and one product round (2^-23 relative each)
        assertEquals(exact[j], out[j], 3e-7 * Math.abs(exact[j]) + 1e-12, "n=" + n + " j=" + j);
        // and each quantized value is within half a step of the original, hence so is the mean
        assertEquals(original[j], out[j], halfStep * 1.001, "n=" + n + " j=" + j);
      }
    }
  }

  @Test
  void rowwiseMeanMatchesTheFloatMeanWithinItsRounding() {
    Int8Matrix m = Int8Matrix.quantizeRowwise(table, ROWS, DIM);
    float maxHalfStep = 0;
    for (int r = 0; r < ROWS; r++) {
      maxHalfStep = Math.max(maxHalfStep, m.scale(r) / 2);
    }
    for (int n : new int[] {1, 13, 300}) {
      int[] ids = ids(n);
      float[] out = new float[DIM];
      EmbeddingBag.of(m).mean(ids, 0, n, out);
      double[] exact = meanOf(m, ids, 0, n);
      float[] original = originalMean(ids);
      for (int j = 0; j < DIM; j++) {
        // n fused multiply-adds into partial sums below 1.5 n, each rounding by at most 2^-24 of that, then / n:
        // a size-scaled tolerance of n * 1.5 * 2^-24 (and as much for the offsets)
        assertEquals(exact[j], out[j], n * 2e-7 + 1e-6, "n=" + n + " j=" + j);
        assertEquals(original[j], out[j], maxHalfStep * 1.001 + 1e-6, "n=" + n + " j=" + j);
      }
    }
  }

  @Test
  void sumsAndInt8Outputs() {
    for (Int8Matrix m : new Int8Matrix[] {Int8Matrix.quantizePerTensor(table, ROWS, DIM),
        Int8Matrix.quantizeRowwise(table, ROWS, DIM), Int8Matrix.quantizePerChannel(table, ROWS, DIM)}) {
      EmbeddingBag bag = EmbeddingBag.of(m);
      int[] ids = ids(40);
      float[] sum = new float[DIM];
      float[] mean = new float[DIM];
      bag.sum(ids, 5, 40, sum);
      bag.mean(ids, 5, 40, mean);
      for (int j = 0; j < DIM; j++) {
        assertEquals(sum[j] / 35, mean[j], 1e-5, m.scheme() + " j=" + j);
      }
      QuantParams out = QuantParams.forRange(-0.3f, 0.3f);
      byte[] q = new byte[DIM];
      bag.mean(ids, 5, 40, out, q);
      for (int j = 0; j < DIM; j++) {
        assertTrue(Math.abs(q[j] - out.quantize(mean[j])) <= 1, m.scheme() + " j=" + j);
      }
      QuantParams sumOut = QuantParams.forRange(-8, 8);
      bag.sum(ids, 5, 40, sumOut, q);
      for (int j = 0; j < DIM; j++) {
        assertTrue(Math.abs(q[j] - sumOut.quantize(sum[j])) <= 1, m.scheme() + " j=" + j);
      }
    }
  }

  @Test
  void emptyBagIsZero() {
    Int8Matrix m = Int8Matrix.quantizePerTensor(table, ROWS, DIM);
    float[] out = Fixtures.gaussian(random, DIM, 1);
    EmbeddingBag.of(m).mean(new int[0], 0, 0, out);
    assertArrayEquals(new float[DIM], out);
    byte[] q = new byte[DIM];
    QuantParams p = new QuantParams(0.01f, 9);
    EmbeddingBag.of(m).mean(new int[0], 0, 0, p, q);
    assertArrayEquals(Fixtures.filled(DIM, 9), q);
  }

  @Test
  void extremeTablesAccumulateWithoutOverflow() {
    // 5000 rows of -128 (three int16 blocks and more): the int32 sum is -128 * 5000
    byte[] data = Fixtures.filled(ROWS * DIM, -128);
    Int8Matrix m = Int8Matrix.of(data, ROWS, DIM, new QuantParams(0.5f, 127));
    int[] all = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      all[i] = i;
    }
    float[] out = new float[DIM];
    EmbeddingBag.of(m).sum(all, 0, ROWS, out);
    for (float v : out) {
      assertEquals(0.5f * (-128 - 127) * ROWS, v); // real = scale * (sum q - n Z), exact here
    }
  }

  @Test
  void rejectsBadIdsAndShapes() {
    Int8Matrix m = Int8Matrix.quantizePerTensor(table, ROWS, DIM);
    EmbeddingBag bag = EmbeddingBag.of(m);
    float[] out = new float[DIM];
    assertThrows(IndexOutOfBoundsException.class, () -> bag.mean(new int[] {ROWS}, 0, 1, out));
    assertThrows(IndexOutOfBoundsException.class, () -> bag.mean(new int[] {-1}, 0, 1, out));
    assertThrows(IndexOutOfBoundsException.class, () -> bag.mean(new int[] {1}, 0, 2, out));
    assertThrows(IllegalArgumentException.class, () -> bag.mean(new int[] {1}, 0, 1, new float[DIM - 1]));
  }
}
