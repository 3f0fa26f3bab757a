package org.fenlei.eval;

/**
 * The outcome of a binary decision "positive when the positive label scores at least {@code threshold}": true
 * and false positives among {@code positives} positive and {@code negatives} negative documents.
 */
public record OperatingPoint(double threshold, long truePositives, long falsePositives, long positives,
    long negatives) {
  /** Undefined (NaN) when nothing is predicted positive. */
  public double precision() {
    return Counts.ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return Counts.ratio(truePositives, positives);
  }

  public double falsePositiveRate() {
    return Counts.ratio(falsePositives, negatives);
  }
}
