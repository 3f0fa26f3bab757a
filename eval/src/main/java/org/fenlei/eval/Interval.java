package org.fenlei.eval;

/**
 * A 95% percentile-bootstrap confidence interval; both ends NaN when too few resamples defined the metric.
 *
 * @param low the 2.5th percentile of the resampled metric, NaN when undefined
 * @param high the 97.5th percentile of the resampled metric, NaN when undefined
 */
public record Interval(double low, double high) {
  /**
   * Whether the interval exists.
   *
   * @return true when neither end is NaN
   */
  public boolean defined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
