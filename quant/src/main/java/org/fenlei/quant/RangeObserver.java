package org.fenlei.quant;

/**
 * Collects the range of a tensor's values over a calibration set, for post-training quantization: run the float
 * model on calibration inputs, {@link #observe} each activation tensor, then take {@link #params()}.
 */
public sealed interface RangeObserver permits MinMaxObserver, EmaObserver, PercentileObserver {
  /**
   * Observes one batch of values; non-finite values are an error. A batch that fails the checks is not counted.
   *
   * @param values the batch's values
   * @param off the index of the first value in {@code values}
   * @param len the number of values
   * @throws IndexOutOfBoundsException when {@code [off, off + len)} is not inside {@code values}
   * @throws IllegalArgumentException when a value is NaN or infinite
   */
  void observe(float[] values, int off, int len);

  /**
   * Observes all of {@code values} as one batch: {@code observe(values, 0, values.length)}.
   *
   * @param values the batch's values
   * @throws IllegalArgumentException when a value is NaN or infinite
   */
  default void observe(float[] values) {
    observe(values, 0, values.length);
  }

  /**
   * The lower end of the range; throws when nothing has been observed.
   *
   * @return the lower end, as this observer defines it
   * @throws IllegalStateException when no value has been observed yet
   */
  float min();

  /**
   * The upper end of the range; throws when nothing has been observed.
   *
   * @return the upper end, as this observer defines it
   * @throws IllegalStateException when no value has been observed yet
   */
  float max();

  /**
   * Asymmetric int8 parameters for [min, max] (widened to contain 0, nudged): {@link QuantParams#forRange}.
   *
   * @return the parameters for the range observed so far
   * @throws IllegalStateException when no value has been observed yet
   */
  default QuantParams params() {
    return QuantParams.forRange(min(), max());
  }

  /**
   * Symmetric int8 parameters for the larger of |min| and |max|: {@link QuantParams#symmetric}.
   *
   * @return the parameters for the range observed so far
   * @throws IllegalStateException when no value has been observed yet
   */
  default QuantParams symmetricParams() {
    return QuantParams.symmetric(Math.max(Math.abs(min()), Math.abs(max())));
  }

  /**
   * Checks a batch before an observer counts it: the check every {@link #observe(float[], int, int)} starts with.
   * A helper for the implementations, public only because a static interface method that they call cannot be
   * private.
   *
   * @param values the batch's values
   * @param off the index of the first value in {@code values}
   * @param len the number of values
   * @throws IndexOutOfBoundsException when {@code [off, off + len)} is not inside {@code values}
   * @throws IllegalArgumentException when a value is NaN or infinite
   */
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
