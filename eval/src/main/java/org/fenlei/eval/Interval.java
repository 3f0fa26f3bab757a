package org.fenlei.eval;

/** A 95% percentile-bootstrap confidence interval; both ends NaN when too few resamples defined the metric. */
public record Interval(double low, double high) {
  public boolean defined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
