package org.fenlei.quant;

/**
 * A real multiplier {@code M} (for requantization {@code M = S_input * S_weights / S_output}) as a Q31 fixed-point
 * number {@code multiplier / 2^31} in [0.5, 1) and a power-of-two {@code shift}: {@code M = multiplier * 2^(shift -
 * 31)}. This is the offline half of requantization (Jacob et al. 2018, section 2.2); the runtime half is
 * {@link FixedPoint#multiplyByQuantizedMultiplier}.
 *
 * @param multiplier in [2^30, 2^31), or 0 for a zero (or flushed tiny) multiplier
 * @param shift the exponent: positive shifts left, negative right
 */
public record FixedPointMultiplier(int multiplier, int shift) {
  /**
   * Checks both components.
   *
   * @param multiplier in [2^30, 2^31), or 0
   * @param shift in [-31, 30]
   * @throws IllegalArgumentException when {@code multiplier} is neither 0 nor in [2^30, 2^31), or {@code shift} is
   *     outside [-31, 30]
   */
  public FixedPointMultiplier {
    if (multiplier != 0 && multiplier < (1 << 30)) {
      throw new IllegalArgumentException("multiplier must be 0 or in [2^30, 2^31): " + multiplier);
    }
    if (shift < -31 || shift > 30) {
      throw new IllegalArgumentException("shift must be in [-31, 30]: " + shift);
    }
  }

  /**
   * TensorFlow Lite's {@code QuantizeMultiplier}: {@code frexp} splits {@code real} into a fraction in [0.5, 1)
   * and an exponent, the fraction is rounded (ties away from zero) to Q31. A fraction that rounds up to exactly
   * 2^31 (values just under a power of two) becomes 2^30 with the exponent one higher. Multipliers below about
   * 2^-32 need a right shift of more than 31 and flush to {@code (0, 0)}, as in TensorFlow Lite.
   *
   * <p>{@code of(0.25) = (1073741824, -1)}, {@code of(1.0) = (1073741824, 1)}.
   *
   * @param real finite, {@code >= 0} and {@code < 2^30}
   * @return the multiplier and shift standing for {@code real}, or {@code (0, 0)} for 0 and multipliers that flush
   * @throws IllegalArgumentException when {@code real} is negative, NaN or at least 2^30, or rounds up to 2^30
   */
  public static FixedPointMultiplier of(double real) {
    if (!(real >= 0) || real >= 0x1p30) {
      throw new IllegalArgumentException("real multiplier must be finite, >= 0 and < 2^30: " + real);
    }
    if (real == 0) {
      return new FixedPointMultiplier(0, 0);
    }
    int shift = Math.getExponent(real) + 1; // frexp: real = q * 2^shift, q in [0.5, 1)
    double q = Math.scalb(real, -shift);
    long qFixed = roundHalfAwayFromZero(q * (1L << 31));
    if (qFixed == 1L << 31) {
      qFixed /= 2;
      shift++;
    }
    if (shift < -31) { // subnormal inputs land here too: their shift is about -1022
      return new FixedPointMultiplier(0, 0);
    }
    if (shift > 30) {
      throw new IllegalArgumentException("real multiplier rounds to 2^30, too large for a left shift: " + real);
    }
    return new FixedPointMultiplier((int) qFixed, shift);
  }

  /**
   * Applies this multiplier to an accumulator: {@link FixedPoint#multiplyByQuantizedMultiplier}.
   *
   * @param x the int32 accumulator; with {@code shift > 0}, {@code x * 2^shift} must fit an int
   * @return {@code x * M}, rounded as {@link FixedPoint#multiplyByQuantizedMultiplier} rounds
   */
  public int apply(int x) {
    return FixedPoint.multiplyByQuantizedMultiplier(x, multiplier, shift);
  }

  /**
   * The real number this fixed-point pair stands for.
   *
   * @return {@code multiplier * 2^(shift - 31)}, computed exactly in double
   */
  public double toDouble() {
    return Math.scalb((double) multiplier, shift - 31);
  }

  static long roundHalfAwayFromZero(double v) {
    double t = v < 0 ? Math.ceil(v) : Math.floor(v);
    return (long) (Math.abs(v - t) >= 0.5 ? t + Math.signum(v) : t);
  }
}
