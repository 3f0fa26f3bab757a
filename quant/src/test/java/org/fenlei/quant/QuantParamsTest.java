package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantParamsTest {
  @Test
  void nudgesTheZeroPointSoThatRealZeroIsExact() {
    assertEquals(new QuantParams(2f / 255, -1), QuantParams.forRange(-1, 1)); // zero point -0.5 rounds away to -1
    assertEquals(new QuantParams(6f / 255, -128), QuantParams.forRange(0, 6));
    assertEquals(new QuantParams(5f / 255, -128), QuantParams.forRange(2, 5));   // widened to [0, 5]
    assertEquals(new QuantParams(3f / 255, 127), QuantParams.forRange(-3, -1));  // widened to [-3, 0]
    assertEquals(new QuantParams(1f, 0), QuantParams.forRange(0, 0));
    Random random = new Random(4);
    for (int i = 0; i < 10_000; i++) {
      float a = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(8) - 4));
      float b = a + (float) (random.nextDouble() * Math.pow(10, random.nextInt(8) - 4));
      QuantParams p = QuantParams.forRange(a, b);
      assertEquals(0f, p.dequantize(p.quantize(0f)), () -> "0 in " + p);
      assertEquals(p.zeroPoint(), p.quantize(0f));
      assertTrue(p.nudgedMin() <= 0 && p.nudgedMax() >= 0);
    }
  }

  @Test
  void symmetricWeights() {
    QuantParams p = QuantParams.symmetric(1.27f);
    assertEquals(0, p.zeroPoint());
    assertEquals(0.01f, p.scale(), 1e-9);
    assertEquals(127, p.quantize(1.27f));
    assertEquals(-127, p.quantize(-1.27f));
    assertEquals(new QuantParams(1f, 0), QuantParams.symmetric(0));
  }

  @Test
  void quantizeDequantizeErrorIsWithinHalfAStep() {
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      float a = (float) -Math.abs(random.nextGaussian() * 3);
      float b = (float) Math.abs(random.nextGaussian() * 3) + 1e-3f;
      QuantParams p = QuantParams.forRange(a, b);
      for (int k = 0; k < 200; k++) {
        float x = p.nudgedMin() + random.nextFloat() * (p.nudgedMax() - p.nudgedMin());
        float error = Math.abs(p.dequantize(p.quantize(x)) - x);
        // half a step, plus the float rounding of x / scale and of scale * q
        assertTrue(error <= p.scale() / 2 * (1 + 1e-5f) + Math.ulp(x) * 2, () -> x + " in " + p + ": " + error);
      }
    }
  }

  @Test
  void roundsTiesAwayFromZeroAndSaturates() {
    QuantParams unit = new QuantParams(1f, 0);
    assertEquals(3, unit.quantize(2.5f));
    assertEquals(-3, unit.quantize(-2.5f));
    assertEquals(-1, unit.quantize(-0.5f));
    assertEquals(0, unit.quantize(-0.49999997f));
    assertEquals(127, unit.quantize(1e30f));
    assertEquals(-128, unit.quantize(Float.NEGATIVE_INFINITY));
    assertEquals(0, unit.quantize(Float.NaN));
    assertEquals(5, new QuantParams(0.5f, 5).quantize(Float.NaN)); // NaN maps to real 0
  }

  @Test
  void rejectsInvalidParameters() {
    assertThrows(IllegalArgumentException.class, () -> new QuantParams(0f, 0));
    assertThrows(IllegalArgumentException.class, () -> new QuantParams(Float.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> new QuantParams(1f, 128));
    assertThrows(IllegalArgumentException.class, () -> QuantParams.forRange(1, -1));
    assertThrows(IllegalArgumentException.class, () -> QuantParams.forRange(Float.NaN, 1));
  }

  @Test
  void activationRangesAreTheQuantizedClamps() {
    QuantParams out = QuantParams.forRange(-2, 10);
    assertEquals(-128, Activation.NONE.outputActivationMin(out));
    assertEquals(127, Activation.NONE.outputActivationMax(out));
    assertEquals(out.zeroPoint(), Activation.RELU.outputActivationMin(out));
    assertEquals(127, Activation.RELU.outputActivationMax(out));
    assertEquals(out.quantize(6f), Activation.RELU6.outputActivationMax(out));
    assertEquals(127, Activation.RELU6.outputActivationMax(QuantParams.forRange(0, 4)));
  }
}
