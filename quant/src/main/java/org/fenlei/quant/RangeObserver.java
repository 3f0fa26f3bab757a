package org.fenlei.quant;

/**
 * Collects the range of a tensor's values over a calibration set, for post-training quantization: run the float
 * model on calibration inputs, {@link #observe} each activation tensor, then take {@link #params()}.
 */
public sealed interface RangeObserver permits MinMaxObserver, EmaObserver, PercentileObserver {
  /** Observes one batch of values; non-finite values are an error. */
  void observe(float[] values, int off, int len);

  default void observe(float[] values) {
    observe(values, 0, values.length);
  }

  /** The lower end of the range; throws when nothing has been observed. */
  float min();

  /** The upper end of the range; throws when nothing has been observed. */
  float max();

  /** Asymmetric int8 parameters for [min, max] (widened to contain 0, nudged): {@link QuantParams#forRange}. */
  default QuantParams params() {
    return QuantParams.forRange(min(), max());
  }

  /** Symmetric int8 parameters for the larger of |min| and |max|: {@link QuantParams#symmetric}. */
  default QuantParams symmetricParams() {
    return QuantParams.symmetric(Math.max(Math.abs(min()), Math.abs(max())));
  }

  static void checkFinite(float[] values, int off, int len) {
    if (off < 0 || len < 0 || (long) off + len > values.length) {
      throw new IndexOutOfBoundsException("[" + off + ", " + ((long) off + len) + ") outside [0, "
          + values.length + ")");
    }
    for (int i = off; i < off + len; i++) {
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException("calibration value " + values[i] + " at index " + i);
      }
    }
  }
}
