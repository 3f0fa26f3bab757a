package org.fenlei.quant;

import static org.fenlei.quant.FixedPoint.multiplyByQuantizedMultiplier;
import static org.fenlei.quant.FixedPoint.roundingDivideByPOT;
import static org.fenlei.quant.FixedPoint.saturatingRoundingDoublingHighMul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The runtime arithmetic against independent references written with BigInteger / BigDecimal: the same rounding
 * rules stated mathematically instead of with gemmlowp's bit tricks.
 */
class FixedPointTest {
  static final int[] EXTREMES = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -(1 << 30) - 1, -(1 << 30), -65536,
      -32769, -256, -129, -128, -3, -2, -1, 0, 1, 2, 3, 127, 128, 255, 32767, 65536, 1 << 30, (1 << 30) + 1,
      Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

  /** round(a * b / 2^31) with ties towards +infinity, saturated: what gemmlowp's nudge-and-truncate computes. */
  static int srdhmReference(int a, int b) {
    BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    BigInteger q = floorDiv(ab.add(BigInteger.ONE.shiftLeft(30)), BigInteger.ONE.shiftLeft(31));
    return q.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
  }

  /** x / 2^e to nearest, ties away from zero (BigDecimal's HALF_UP). */
  static int rdbpReference(int x, int e) {
    return new BigDecimal(x).divide(new BigDecimal(BigInteger.ONE.shiftLeft(e))).setScale(0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  static int mbqmReference(int x, int multiplier, int shift) {
    int left = Math.max(shift, 0);
    return rdbpReference(srdhmReference(x << left, multiplier), Math.max(-shift, 0));
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  @Test
  void saturatesTheOneOverflowingProduct() {
    assertEquals(Integer.MAX_VALUE, saturatingRoundingDoublingHighMul(Integer.MIN_VALUE, Integer.MIN_VALUE));
    assertEquals(Integer.MAX_VALUE - 1, saturatingRoundingDoublingHighMul(Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals(-Integer.MAX_VALUE, saturatingRoundingDoublingHighMul(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Test
  void highMulRoundsTiesUpwards() {
    // a * b / 2^31 = +-0.5 and +-1.5: gemmlowp's nudge makes ties go towards +infinity
    assertEquals(1, saturatingRoundingDoublingHighMul(1 << 15, 1 << 15));
    assertEquals(0, saturatingRoundingDoublingHighMul(-(1 << 15), 1 << 15));
    assertEquals(2, saturatingRoundingDoublingHighMul(3 << 14, 1 << 16));
    assertEquals(-1, saturatingRoundingDoublingHighMul(-(3 << 14), 1 << 16));
    assertEquals(-1, saturatingRoundingDoublingHighMul(-(1 << 15) - 1, 1 << 15)); // just past -0.5
  }

  @Test
  void highMulMatchesTheReference() {
    for (int a : EXTREMES) {
      for (int b : EXTREMES) {
        assertEquals(srdhmReference(a, b), saturatingRoundingDoublingHighMul(a, b), a + " * " + b);
      }
    }
    Random random = new Random(1);
    for (int i = 0; i < 200_000; i++) {
      int a = random.nextInt();
      int b = i % 2 == 0 ? random.nextInt() : random.nextInt(1 << 20) - (1 << 19);
      assertEquals(srdhmReference(a, b), saturatingRoundingDoublingHighMul(a, b), a + " * " + b);
    }
  }

  @Test
  void divideRoundsNegativeHalvesAwayFromZero() {
    assertEquals(-1, roundingDivideByPOT(-1, 1)); // -0.5
    assertEquals(1, roundingDivideByPOT(1, 1));   // 0.5
    assertEquals(-2, roundingDivideByPOT(-3, 1)); // -1.5
    assertEquals(2, roundingDivideByPOT(3, 1));
    assertEquals(-3, roundingDivideByPOT(-5, 1)); // -2.5
    assertEquals(3, roundingDivideByPOT(5, 1));
    assertEquals(-1, roundingDivideByPOT(-2, 2)); // -0.5
    assertEquals(-2, roundingDivideByPOT(-6, 2)); // -1.5
    assertEquals(-1, roundingDivideByPOT(-5, 2)); // -1.25
    assertEquals(-2, roundingDivideByPOT(-7, 2)); // -1.75
    assertEquals(-1, roundingDivideByPOT(-(1 << 30), 31));
    assertEquals(1, roundingDivideByPOT(1 << 30, 31));
    assertEquals(-1, roundingDivideByPOT(Integer.MIN_VALUE, 31));
    assertEquals(1, roundingDivideByPOT(Integer.MAX_VALUE, 31));
    assertEquals(-7, roundingDivideByPOT(-7, 0));
    assertThrows(IllegalArgumentException.class, () -> roundingDivideByPOT(1, 32));
    assertThrows(IllegalArgumentException.class, () -> roundingDivideByPOT(1, -1));
  }

  @Test
  void divideMatchesTheReference() {
    Random random = new Random(2);
    for (int e = 0; e <= 31; e++) {
      for (int x : EXTREMES) {
        assertEquals(rdbpReference(x, e), roundingDivideByPOT(x, e), x + " / 2^" + e);
      }
      for (int i = 0; i < 5000; i++) {
        int x = random.nextInt();
        assertEquals(rdbpReference(x, e), roundingDivideByPOT(x, e), x + " / 2^" + e);
      }
    }
  }

  @Test
  void requantizationMatchesThe64BitReference() {
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      double real = Math.scalb(0.5 + random.nextDouble() * 0.5, -random.nextInt(31));
      FixedPointMultiplier m = FixedPointMultiplier.of(real);
      for (int x : EXTREMES) {
        assertEquals(mbqmReference(x, m.multiplier(), m.shift()), m.apply(x), x + " * " + m);
      }
      int x = random.nextInt();
      assertEquals(mbqmReference(x, m.multiplier(), m.shift()), m.apply(x), x + " * " + m);
      // and it is the real product to within one unit (two roundings of half a unit each)
      int small = random.nextInt(1 << 24) - (1 << 23);
      assertTrue(Math.abs(m.apply(small) - small * m.toDouble()) <= 1.0, small + " * " + m);
    }
    // left shifts for multipliers above 1, with inputs small enough not to overflow, as TensorFlow Lite requires
    for (int i = 0; i < 20_000; i++) {
      FixedPointMultiplier m = FixedPointMultiplier.of(1 + random.nextDouble() * 100);
      int x = random.nextInt(1 << 20) - (1 << 19);
      assertEquals(mbqmReference(x, m.multiplier(), m.shift()), multiplyByQuantizedMultiplier(x, m.multiplier(),
          m.shift()), x + " * " + m);
    }
  }
}
