package org.fenlei.quant;

/**
 * The affine mapping between real numbers and int8 of Jacob et al. 2018, equation 1: {@code real = scale * (q -
 * zeroPoint)}. Activations are asymmetric per tensor ({@link #forRange}); weights are symmetric with zero point 0
 * and the narrow range [-127, 127] ({@link #symmetric}), which keeps two int8 products inside an int16.
 *
 * @param scale finite and {@code > 0}
 * @param zeroPoint the int8 value that stands for real 0, in [-128, 127]
 */
public record QuantParams(float scale, int zeroPoint) {
  /** The lower end of the int8 range of activations, -128. */
  public static final int QMIN = -128;
  /** The upper end of the int8 range, 127, for activations and weights alike. */
  public static final int QMAX = 127;
  /** The lower end of the narrow, symmetric weight range [-127, 127]. */
  public static final int WEIGHT_QMIN = -127;

  /**
   * Checks both components.
   *
   * @param scale finite and {@code > 0}
   * @param zeroPoint in [-128, 127]
   * @throws IllegalArgumentException when {@code scale} is not finite and positive, or {@code zeroPoint} is outside
   *     [-128, 127]
   */
  public QuantParams {
    if (!(scale > 0) || Float.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be finite and > 0: " + scale);
    }
    if (zeroPoint < QMIN || zeroPoint > QMAX) {
      throw new IllegalArgumentException("zeroPoint must be in [-128, 127]: " + zeroPoint);
    }
  }

  /**
   * Asymmetric int8 parameters for values in [min, max], after TensorFlow Lite's {@code ChooseQuantizationParams}:
   * the range is first widened to contain 0, the scale is {@code (max - min) / 255}, and the zero point is rounded
   * to an integer ("nudged") so that real 0 is exactly representable. A range of only 0 gets scale 1; a range too
   * narrow for float precision gets the smallest normal float scale.
   *
   * @param min the lower end of the values, finite
   * @param max the upper end of the values, finite and {@code >= min}
   * @return parameters whose representable range contains [min(min, 0), max(max, 0)] up to rounding
   * @throws IllegalArgumentException when {@code min} or {@code max} is not finite, or {@code min > max}
   */
  public static QuantParams forRange(float min, float max) {
    return choose(min, max, QMIN, QMAX);
  }

  /**
   * Symmetric int8 parameters for weights in [-absMax, absMax]: zero point 0, scale {@code absMax / 127}.
   *
   * @param absMax the largest magnitude, finite and {@code >= 0}
   * @return zero point 0 and scale {@code absMax / 127}, or scale 1 when {@code absMax} is 0
   * @throws IllegalArgumentException when {@code absMax} is negative or not finite, or so small (subnormal) that
   *     {@code absMax / 127} underflows to 0
   */
  public static QuantParams symmetric(float absMax) {
    if (!(absMax >= 0) || Float.isInfinite(absMax)) {
      throw new IllegalArgumentException("absMax must be finite and >= 0: " + absMax);
    }
    return new QuantParams(absMax == 0 ? 1f : absMax / QMAX, 0);
  }

  static QuantParams choose(double rmin, double rmax, int qmin, int qmax) {
    if (Double.isNaN(rmin) || Double.isNaN(rmax) || Double.isInfinite(rmin) || Double.isInfinite(rmax)) {
      throw new IllegalArgumentException("range must be finite: [" + rmin + ", " + rmax + "]");
    }
    if (rmin > rmax) {
      throw new IllegalArgumentException("range min > max: [" + rmin + ", " + rmax + "]");
    }
    rmin = Math.min(rmin, 0);
    rmax = Math.max(rmax, 0);
    if (rmin == rmax) {
      return new QuantParams(1f, 0);
    }
    double scale = (rmax - rmin) / ((double) qmax - qmin);
    if ((float) scale == 0) { // a range below float precision: keep the smallest usable scale
      scale = Float.MIN_NORMAL;
    }
    // the zero point from whichever end adds the smaller terms (less rounding error), then nudged to an integer
    double fromMin = qmin - rmin / scale;
    double fromMax = qmax - rmax / scale;
    double zeroPoint = Math.abs(qmin) + Math.abs(rmin / scale) < Math.abs(qmax) + Math.abs(rmax / scale)
        ? fromMin : fromMax;
    int nudged;
    if (zeroPoint < qmin) {
      nudged = qmin;
    } else if (zeroPoint > qmax) {
      nudged = qmax;
    } else {
      nudged = (int) FixedPointMultiplier.roundHalfAwayFromZero(zeroPoint);
    }
    return new QuantParams((float) scale, nudged);
  }

  /**
   * {@code clamp(round(real / scale) + zeroPoint, -128, 127)}, rounding ties away from zero.
   *
   * @param real the real value; NaN quantizes to the zero point
   * @return the int8 value, in [-128, 127]
   */
  public int quantize(float real) {
    return quantize(real, scale, zeroPoint, QMIN, QMAX);
  }

  /**
   * {@code real = scale * (q - zeroPoint)}.
   *
   * @param q the quantized value, normally in [-128, 127] (any int is accepted)
   * @return the real value {@code q} stands for
   */
  public float dequantize(int q) {
    return scale * (q - zeroPoint);
  }

  /**
   * The smallest real value representable: {@code scale * (-128 - zeroPoint)}.
   *
   * @return the real value of int8 -128; at most 0
   */
  public float nudgedMin() {
    return dequantize(QMIN);
  }

  /**
   * The largest real value representable: {@code scale * (127 - zeroPoint)}.
   *
   * @return the real value of int8 127; at least 0
   */
  public float nudgedMax() {
    return dequantize(QMAX);
  }

  /**
   * The one definition of float to int8 rounding, shared by every quantizing path (the vector twin reproduces it
   * lane by lane): {@code real / scale} in float, clamped to +-512 first so that the integer conversion is exact,
   * rounded half away from zero, offset, then clamped to [qmin, qmax]. NaN quantizes to the zero point.
   */
  static int quantize(float real, float scale, int zeroPoint, int qmin, int qmax) {
    float v = Math.min(Math.max(real / scale, -512f), 512f);
    int q = roundHalfAwayFromZero(v) + zeroPoint;
    return Math.min(Math.max(q, qmin), qmax);
  }

  /** For |v| <= 2^23: truncate, then step away from zero when the dropped fraction is at least one half. */
  static int roundHalfAwayFromZero(float v) {
    int t = (int) v;
    float fraction = v - t; // exact: t and v share the exponent range
    return t + (fraction >= 0.5f ? 1 : fraction <= -0.5f ? -1 : 0);
  }
}
