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
  /** The int8 range of activations. */
  public static final int QMIN = -128;
  public static final int QMAX = 127;
  /** The lower end of the narrow, symmetric weight range [-127, 127]. */
  public static final int WEIGHT_QMIN = -127;

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
   * to an integer ("nudged") so that real 0 is exactly representable. A range of only 0 gets scale 1.
   */
  public static QuantParams forRange(float min, float max) {
    return choose(min, max, QMIN, QMAX);
  }

  /** Symmetric int8 parameters for weights in [-absMax, absMax]: zero point 0, scale {@code absMax / 127}. */
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

  /** {@code clamp(round(real / scale) + zeroPoint, -128, 127)}, rounding ties away from zero. */
  public int quantize(float real) {
    return quantize(real, scale, zeroPoint, QMIN, QMAX);
  }

  /** {@code real = scale * (q - zeroPoint)}. */
  public float dequantize(int q) {
    return scale * (q - zeroPoint);
  }

  /** The smallest real value representable: {@code scale * (-128 - zeroPoint)}. */
  public float nudgedMin() {
    return dequantize(QMIN);
  }

  /** The largest real value representable: {@code scale * (127 - zeroPoint)}. */
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
