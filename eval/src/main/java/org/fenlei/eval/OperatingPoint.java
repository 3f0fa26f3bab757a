package org.fenlei.eval;

/**
 * The outcome of a binary decision "positive when the positive label scores at least {@code threshold}": true
 * and false positives among {@code positives} positive and {@code negatives} negative documents.
 *
 * @param threshold the lowest positive-label score that is decided positive
 * @param truePositives positive documents decided positive
 * @param falsePositives negative documents decided positive
 * @param positives positive documents in all
 * @param negatives negative documents in all
 */
public record OperatingPoint(double threshold, long truePositives, long falsePositives, long positives,
    long negatives) {
  /**
   * The fraction of the documents decided positive that are positive. Undefined (NaN) when nothing is predicted
   * positive.
   *
   * @return {@code truePositives / (truePositives + falsePositives)}, or NaN
   */
  public double precision() {
    return Counts.ratio(truePositives, truePositives + falsePositives);
  }

  /**
   * The fraction of the positive documents decided positive (the true positive rate).
   *
   * @return {@code truePositives / positives}, NaN when there are no positive documents
   */
  public double recall() {
    return Counts.ratio(truePositives, positives);
  }

  /**
   * The fraction of the negative documents decided positive.
   *
   * @return {@code falsePositives / negatives}, NaN when there are no negative documents
   */
  public double falsePositiveRate() {
    return Counts.ratio(falsePositives, negatives);
  }
}
