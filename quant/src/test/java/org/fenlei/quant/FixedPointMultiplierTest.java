package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Golden values of TensorFlow Lite's {@code QuantizeMultiplier} tests (quantization_util_test.cc) and its edges. */
class FixedPointMultiplierTest {
  private static void assertMultiplier(double real, int multiplier, int shift) {
    assertEquals(new FixedPointMultiplier(multiplier, shift), FixedPointMultiplier.of(real), "of(" + real + ")");
  }

  @Test
  void powersOfTwo() {
    assertMultiplier(0, 0, 0);
    assertMultiplier(0.125, 1073741824, -2);
    assertMultiplier(0.25, 1073741824, -1);
    assertMultiplier(0.5, 1073741824, 0);
    assertMultiplier(1, 1073741824, 1);
    assertMultiplier(2, 1073741824, 2);
    assertMultiplier(4, 1073741824, 3);
  }

  @Test
  void greaterThanOne() {
    assertMultiplier(1 + 1e-11, 1073741824, 1);
    assertMultiplier(1.25, 1342177280, 1);
    assertMultiplier(1.50, 1610612736, 1);
    assertMultiplier(1.75, 1879048192, 1);
    assertMultiplier(2 - 1e-9, 2147483647, 1);
    assertMultiplier(2 - 1e-11, 1073741824, 2); // the fraction rounds up to 2^31: halved, exponent + 1
  }

  @Test
  void justUnderOneHalfAndOne() {
    assertMultiplier(0.75, 1610612736, 0);
    assertMultiplier(Math.nextDown(0.5), 1073741824, 0); // rounds up to 0.5
    assertMultiplier(Math.nextDown(1.0), 1073741824, 1); // rounds up to 1.0
    assertMultiplier(0.5 - 0x1p-32, 2147483647, -1);     // exactly (2^31 - 1) / 2^32: no rounding
    assertMultiplier(0.5 - 0x1p-33, 1073741824, 0);      // (2^31 - 0.5) / 2^32: the tie rounds away, up to 0.5
    assertMultiplier(1 - 0x1p-31, 2147483647, 0);
  }

  @Test
  void tinyMultipliersFlushToZero() {
    assertMultiplier(Math.scalb(1.0, -31), 1073741824, -30);
    assertMultiplier(Math.scalb(1.0, -32), 1073741824, -31);
    assertMultiplier(Math.scalb((double) 0.99f, -32), 0, 0);
    assertMultiplier(Math.scalb(1.0, -33), 0, 0);
    assertMultiplier(Math.nextDown(Math.scalb(1.0, -32)), 1073741824, -31); // rounding up rescues it
    assertMultiplier(1e-10, 0, 0);
    assertMultiplier(Double.MIN_VALUE, 0, 0);
  }

  @Test
  void rejectsWhatRequantizationNeverNeeds() {
    // TensorFlow Lite also accepts negative multipliers; requantization multipliers are products of positive scales
    assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(-0.25));
    assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(0x1p30));
    assertThrows(IllegalArgumentException.class, () -> new FixedPointMultiplier(12345, 0));
    assertThrows(IllegalArgumentException.class, () -> new FixedPointMultiplier(1 << 30, -32));
  }

  @Test
  void representsTheRealWithin31Bits() {
    Random random = new Random(6);
    for (int i = 0; i < 100_000; i++) {
      double real = Math.scalb(0.5 + random.nextDouble() * 0.5, random.nextInt(50) - 30);
      FixedPointMultiplier m = FixedPointMultiplier.of(real);
      assertTrue(m.multiplier() >= 1 << 30, "normalised: " + m);
      // one Q31 step of the fraction: relative error at most 2^-31
      assertEquals(real, m.toDouble(), real * 0x1p-31, () -> "of(" + real + ") = " + m);
    }
  }
}
