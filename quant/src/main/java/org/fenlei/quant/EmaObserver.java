package org.fenlei.quant;

/**
 * The exponential moving average of each batch's minimum and maximum (Jacob et al. 2018, section 3: activation
 * ranges "aggregated via exponential moving averages (EMA) with the smoothing parameter being close to 1"):
 * {@code min = decay * min + (1 - decay) * batchMin}, likewise max; the first batch sets both. Not thread-safe.
 */
public final class EmaObserver implements RangeObserver {
  private final float decay;
  private float min;
  private float max;
  private long batches;

  /**
   * An observer that has seen nothing yet.
   *
   * @param decay the weight of the previous average, in [0, 1), typically 0.99 to 0.999
   * @throws IllegalArgumentException when {@code decay} is outside [0, 1) or NaN
   */
  public EmaObserver(float decay) {
    if (!(decay >= 0 && decay < 1)) {
      throw new IllegalArgumentException("decay must be in [0, 1): " + decay);
    }
    this.decay = decay;
  }

  @Override
  public void observe(float[] values, int off, int len) {
    RangeObserver.checkFinite(values, off, len);
    if (len == 0) {
      return;
    }
    float batchMin = values[off];
    float batchMax = values[off];
    for (int i = off + 1; i < off + len; i++) {
      batchMin = Math.min(batchMin, values[i]);
      batchMax = Math.max(batchMax, values[i]);
    }
    if (batches++ == 0) {
      min = batchMin;
      max = batchMax;
    } else {
      min = decay * min + (1 - decay) * batchMin;
      max = decay * max + (1 - decay) * batchMax;
    }
  }

  /**
   * How many non-empty batches were observed.
   *
   * @return the number of batches with at least one value
   */
  public long batches() {
    return batches;
  }

  @Override
  public float min() {
    check();
    return min;
  }

  @Override
  public float max() {
    check();
    return max;
  }

  private void check() {
    if (batches == 0) {
      throw new IllegalStateException("nothing observed yet");
    }
  }
}
