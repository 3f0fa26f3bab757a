package org.fenlei.quant;

/** The running minimum and maximum of everything observed. Not thread-safe. */
public final class MinMaxObserver implements RangeObserver {
  private float min = Float.POSITIVE_INFINITY;
  private float max = Float.NEGATIVE_INFINITY;

  /** An observer that has seen nothing yet. */
  public MinMaxObserver() {
  }

  @Override
  public void observe(float[] values, int off, int len) {
    RangeObserver.checkFinite(values, off, len);
    for (int i = off; i < off + len; i++) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
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
    if (min > max) {
      throw new IllegalStateException("nothing observed yet");
    }
  }
}
