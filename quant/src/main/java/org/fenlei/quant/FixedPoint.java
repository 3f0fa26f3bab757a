package org.fenlei.quant;

/**
 * Runtime fixed-point arithmetic of gemmlowp ({@code fixedpoint.h}) and TensorFlow Lite
 * ({@code MultiplyByQuantizedMultiplier}): applying a real multiplier {@code M = M0 * 2^shift}, {@code M0} a Q31
 * number in [0.5, 1), to an int32 accumulator without any floating point.
 *
 * <p>The rounding is that of gemmlowp: the high multiplication rounds to nearest with ties upwards, the power-of-two
 * division rounds to nearest with ties away from zero. Both are reproduced bit for bit, so results agree with
 * TensorFlow Lite's reference kernels.
 */
public final class FixedPoint {
  private FixedPoint() {
  }

  /**
   * {@code round(a * b / 2^31)}, the high 32 bits of the doubled 64-bit product, saturating the one case that
   * overflows: {@code a == b == Integer.MIN_VALUE} gives {@code Integer.MAX_VALUE}.
   *
   * @param a the first factor, e.g. an int32 accumulator
   * @param b the second factor, e.g. a Q31 multiplier
   * @return {@code a * b / 2^31} rounded to nearest with ties upwards, saturated as above
   */
  public static int saturatingRoundingDoublingHighMul(int a, int b) {
    if (a == Integer.MIN_VALUE && b == Integer.MIN_VALUE) {
      return Integer.MAX_VALUE;
    }
    // |a * b| <= 2^62: exact in a long; adding the nudge 2^30 cannot overflow
    long ab = (long) a * b;
    int nudge = ab >= 0 ? 1 << 30 : 1 - (1 << 30);
    // truncating division as in C; the result fits an int because the saturating case is excluded
    return (int) ((ab + nudge) / (1L << 31));
  }

  /**
   * {@code x / 2^exponent} rounded to nearest, ties away from zero ({@code -5 / 2 = -3}, {@code 5 / 2 = 3}).
   *
   * @param x the dividend
   * @param exponent in [0, 31]
   * @return {@code x / 2^exponent}, rounded to nearest with ties away from zero
   * @throws IllegalArgumentException when {@code exponent} is outside [0, 31]
   */
  public static int roundingDivideByPOT(int x, int exponent) {
    if (exponent < 0 || exponent > 31) {
      throw new IllegalArgumentException("exponent must be in [0, 31]: " + exponent);
    }
    int mask = (int) ((1L << exponent) - 1);
    int remainder = x & mask;
    int threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
  }

  /**
   * {@code x * multiplier * 2^(shift - 31)} rounded as TensorFlow Lite's reference {@code
   * MultiplyByQuantizedMultiplier}: a left shift for {@code shift > 0}, the doubling high multiplication, then a
   * rounding right shift for {@code shift < 0}.
   *
   * @param x the int32 accumulator
   * @param multiplier Q31 fixed point, from {@link FixedPointMultiplier#of}
   * @param shift in [-31, 30]; with {@code shift > 0}, {@code x * 2^shift} must fit an int (as in TensorFlow Lite;
   *     it is not checked and wraps otherwise)
   * @return {@code x * multiplier * 2^(shift - 31)}, rounded as described
   * @throws IllegalArgumentException when {@code shift < -31}
   */
  public static int multiplyByQuantizedMultiplier(int x, int multiplier, int shift) {
    int leftShift = shift > 0 ? shift : 0;
    int rightShift = shift > 0 ? 0 : -shift;
    return roundingDivideByPOT(saturatingRoundingDoublingHighMul(x << leftShift, multiplier), rightShift);
  }
}
