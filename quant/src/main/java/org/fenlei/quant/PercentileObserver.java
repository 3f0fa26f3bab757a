package org.fenlei.quant;

/**
 * Percentile clipping: the range from the {@code (100 - p)}-th to the {@code p}-th percentile of everything
 * observed, so that a few outliers do not stretch the scale for all other values. Values are counted in a
 * histogram of 2048 bins whose range doubles as needed; a percentile is exact to one bin width. Not
 * thread-safe.
 */
public final class PercentileObserver implements RangeObserver {
  private final double percentile;
  private final Histogram histogram = new Histogram(2048);

  /**
   * An observer that has seen nothing yet.
   *
   * @param percentile in (50, 100], for example 99.99; 100 gives the (binned) minimum and maximum
   * @throws IllegalArgumentException when {@code percentile} is outside (50, 100] or NaN
   */
  public PercentileObserver(double percentile) {
    if (!(percentile > 50 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in (50, 100]: " + percentile);
    }
    this.percentile = percentile;
  }

  @Override
  public void observe(float[] values, int off, int len) {
    RangeObserver.checkFinite(values, off, len);
    for (int i = off; i < off + len; i++) {
      histogram.add(values[i]);
    }
  }

  /**
   * How many values were observed.
   *
   * @return the number of values observed in all batches
   */
  public long count() {
    return histogram.count();
  }

  @Override
  public float min() {
    check();
    return (float) histogram.quantile(1 - percentile / 100);
  }

  @Override
  public float max() {
    check();
    return (float) histogram.quantile(percentile / 100);
  }

  private void check() {
    if (histogram.count() == 0) {
      throw new IllegalStateException("nothing observed yet");
    }
  }
}
