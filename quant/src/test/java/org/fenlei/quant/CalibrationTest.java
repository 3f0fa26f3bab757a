package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Range observers for post-training quantization, and fake quantization for quantization-aware training. */
class CalibrationTest {
  private final Random random = new Random(50);

  @Test
  void minMaxIsTheRunningRange() {
    MinMaxObserver o = new MinMaxObserver();
    assertThrows(IllegalStateException.class, o::min);
    o.observe(new float[] {0.5f, 2f, -1f});
    o.observe(new float[] {9f, 3f}, 1, 1);
    assertEquals(-1f, o.min());
    assertEquals(3f, o.max());
    assertEquals(QuantParams.forRange(-1, 3), o.params());
    assertEquals(QuantParams.symmetric(3), o.symmetricParams());
    assertThrows(IllegalArgumentException.class, () -> o.observe(new float[] {Float.NaN}));
  }

  @Test
  void emaSmoothsBatchRanges() {
    EmaObserver o = new EmaObserver(0.9f);
    o.observe(new float[] {-1, 1});
    o.observe(new float[] {-3, 0, 3});
    assertEquals(-1.2f, o.min(), 1e-6);
    assertEquals(1.2f, o.max(), 1e-6);
    assertEquals(2, o.batches());
    o.observe(new float[0]); // empty batches change nothing
    assertEquals(2, o.batches());
    assertThrows(IllegalArgumentException.class, () -> new EmaObserver(1f));
  }

  @Test
  void percentileClipsOutliers() {
    PercentileObserver p = new PercentileObserver(99.9);
    PercentileObserver all = new PercentileObserver(100);
    float[] batch = new float[10_000];
    for (int b = 0; b < 10; b++) {
      for (int i = 0; i < batch.length; i++) {
        batch[i] = random.nextFloat() * 2 - 1;
      }
      if (b == 3) {
        for (int i = 0; i < 10; i++) {
          batch[i] = 100; // 10 outliers in 100,000 values: beyond the 99.9th percentile
        }
      }
      p.observe(batch);
      all.observe(batch);
    }
    assertEquals(100_000, p.count());
    // the 99.9th percentile of uniform [-1, 1) is 0.998; the histogram is exact to one bin (about 0.06 here)
    assertEquals(0.998, p.max(), 0.07);
    assertEquals(-0.998, p.min(), 0.07);
    assertEquals(100f, all.max());
    assertTrue(all.min() < -0.99);
    assertThrows(IllegalArgumentException.class, () -> new PercentileObserver(40));
  }

  @Test
  void fakeQuantForwardLandsOnTheGridAndIsIdempotent() {
    FakeQuant fq = FakeQuant.activations(0.99f);
    assertThrows(IllegalStateException.class, fq::params);
    float[] x = Fixtures.gaussian(random, 1000, 2);
    float[] y = new float[x.length];
    QuantParams p = fq.train(x, 0, x.length, y, 0);
    for (int i = 0; i < x.length; i++) {
      float q = y[i] / p.scale() + p.zeroPoint();
      assertEquals(Math.round(q), q, 1e-3, "on the grid");
      assertEquals(x[i], y[i], p.scale() / 2 * 1.001, "within half a step inside the range");
    }
    float[] z = new float[x.length];
    FakeQuant.forward(y, 0, y.length, p, z, 0);
    assertArrayEquals(y, z);
  }

  @Test
  void straightThroughGradientPassesOnlyInsideTheRange() {
    FakeQuant fq = FakeQuant.activations(0.5f);
    fq.observe(new float[] {-1, 1}, 0, 2);
    fq.observe(new float[] {-3, 3}, 0, 2);
    assertEquals(QuantParams.forRange(-2, 2), fq.params()); // EMA: 0.5 * 1 + 0.5 * 3
    QuantParams p = fq.params();
    float[] x = {-5f, p.nudgedMin(), 0f, 1.99f, p.nudgedMax(), 2.5f};
    float[] gradOut = {1, 2, 3, 4, 5, 6};
    float[] gradIn = new float[6];
    FakeQuant.backward(x, 0, 6, p, gradOut, 0, gradIn, 0);
    assertArrayEquals(new float[] {0, 2, 3, 4, 5, 0}, gradIn);
    float[] y = new float[6];
    fq.infer(x, 0, 6, y, 0);
    assertEquals(p.nudgedMin(), y[0]); // clamped outside
    assertEquals(p.nudgedMax(), y[5]);
    assertEquals(QuantParams.forRange(-2, 2), fq.params(), "inference leaves the range alone");
  }

  @Test
  void weightRangesComeFromTheWeights() {
    float[] w = {0.5f, -2.54f, 1f};
    FakeQuant fq = FakeQuant.weights();
    float[] out = new float[3];
    QuantParams p = fq.train(w, 0, 3, out, 0);
    assertEquals(QuantParams.symmetric(2.54f), p);
    assertEquals(-2.54f, out[1], 1e-6);
    float[] rows = Fixtures.gaussian(random, 6 * 50, 1);
    float[] fake = new float[rows.length];
    FakeQuant.weightsPerChannel(rows, 6, 50, fake);
    Int8Matrix stored = Int8Matrix.quantizePerChannel(rows, 6, 50);
    for (int i = 0; i < rows.length; i++) {
      assertEquals(stored.dequantize(i / 50, i % 50), fake[i], "what training sees is what serving computes");
    }
  }

  @Test
  void tensorConversions() {
    float[] x = Fixtures.gaussian(random, 4098, 1);
    QuantParams p = QuantParams.forRange(-3, 3);
    byte[] q = new byte[x.length];
    float[] back = new float[x.length];
    Quantize.quantize(x, 0, q, 0, x.length, p);
    Quantize.dequantize(q, 0, back, 0, x.length, p);
    for (int i = 0; i < x.length; i++) {
      float clamped = Math.min(Math.max(x[i], p.nudgedMin()), p.nudgedMax());
      assertEquals(clamped, back[i], p.scale() / 2 * 1.0001, "at " + i);
    }
    QuantParams narrow = QuantParams.forRange(-1, 2);
    byte[] r = new byte[x.length];
    Quantize.requantize(q, 0, p, r, 0, x.length, narrow);
    for (int i = 0; i < x.length; i++) {
      assertTrue(Math.abs(r[i] - narrow.quantize(p.dequantize(q[i]))) <= 1, "at " + i);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> Quantize.quantize(x, 1, q, 0, x.length, p));
  }
}
