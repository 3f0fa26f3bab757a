package org.fenlei.eval;

import java.util.List;

/**
 * How well a multi-class model's confidence matches its accuracy (Guo et al. 2017): the documents binned by the
 * score of their best label into equal-width bins over [0, 1]; per bin the mean confidence and the accuracy; the
 * expected calibration error is the mean absolute gap between the two, weighted by the documents in each bin.
 * A model whose 0.8 is right four times in five has a gap of 0 there.
 *
 * @param confidence mean best-label score of each bin (NaN when empty)
 * @param accuracy fraction of each bin's documents whose best label is a gold label (NaN when empty)
 * @param count documents in each bin
 * @param ece the expected calibration error, NaN without documents
 */
public record Reliability(double[] confidence, double[] accuracy, long[] count, double ece) {
  /** The number of bins (as Guo et al.). */
  public static final int BINS = 15;

  /**
   * Defensive copies.
   *
   * @param confidence mean best-label score of each bin
   * @param accuracy accuracy of each bin
   * @param count documents in each bin
   * @param ece the expected calibration error
   */
  public Reliability {
    confidence = confidence.clone();
    accuracy = accuracy.clone();
    count = count.clone();
  }

  /**
   * Mean best-label score of each bin.
   *
   * @return a copy, NaN for empty bins
   */
  @Override
  public double[] confidence() {
    return confidence.clone();
  }

  /**
   * Accuracy of each bin.
   *
   * @return a copy, NaN for empty bins
   */
  @Override
  public double[] accuracy() {
    return accuracy.clone();
  }

  /**
   * Documents in each bin.
   *
   * @return a copy
   */
  @Override
  public long[] count() {
    return count.clone();
  }

  static Reliability of(List<Row> rows) {
    double[] conf = new double[BINS];
    double[] right = new double[BINS];
    long[] n = new long[BINS];
    long total = 0;
    for (Row r : rows) {
      if (!r.scored() || r.top().length == 0) {
        continue;
      }
      double s = r.topScores()[0];
      int b = Math.min(BINS - 1, Math.max(0, (int) Math.ceil(s * BINS) - 1));
      conf[b] += s;
      right[b] += Row.contains(r.gold(), r.top()[0]) ? 1 : 0;
      n[b]++;
      total++;
    }
    double ece = 0;
    double[] meanConf = new double[BINS];
    double[] acc = new double[BINS];
    for (int b = 0; b < BINS; b++) {
      meanConf[b] = n[b] == 0 ? Double.NaN : conf[b] / n[b];
      acc[b] = n[b] == 0 ? Double.NaN : right[b] / n[b];
      if (n[b] > 0) {
        ece += (double) n[b] / total * Math.abs(acc[b] - meanConf[b]);
      }
    }
    return new Reliability(meanConf, acc, n, total == 0 ? Double.NaN : ece);
  }
}
