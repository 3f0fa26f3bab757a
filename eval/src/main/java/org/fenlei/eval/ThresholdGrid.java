package org.fenlei.eval;

/**
 * Multi-label scores summarised on {@link #GRID}: per label, how many positive and negative documents score
 * in each step. That is enough for exact F1 at every grid threshold in {@code O(labels x 113)} memory, whatever
 * the number of documents.
 */
final class ThresholdGrid {
  /** 0.01 apart, and denser towards 0 and 1 where one-vs-rest probabilities crowd. */
  static final double[] GRID = grid();
  private static final int LOW = 7; // GRID[LOW - 1 + k] == k / 100.0 for k = 1..99

  private final int labels;
  private final long[] positive; // [b * labels + label]: scores s with GRID[b] <= s < GRID[b + 1]
  private final long[] negative;
  private final long[] support; // positives of each label, including those scoring below 0

  ThresholdGrid(int labels) {
    this.labels = labels;
    this.positive = new long[labels * GRID.length];
    this.negative = new long[labels * GRID.length];
    this.support = new long[labels];
  }

  private static double[] grid() {
    double[] low = {0, 1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3};
    double[] high = {0.995, 0.998, 0.999, 0.9995, 0.9998, 0.9999, 1};
    double[] g = new double[low.length + 99 + high.length];
    System.arraycopy(low, 0, g, 0, low.length);
    for (int k = 1; k <= 99; k++) {
      g[LOW - 1 + k] = k / 100.0;
    }
    System.arraycopy(high, 0, g, low.length + 99, high.length);
    return g;
  }

  /** The highest grid step whose threshold is at most {@code s}, or -1 when {@code s < 0}. */
  static int step(double s) {
    if (s < GRID[1]) { // most one-vs-rest scores are tiny
      return s >= 0 ? 0 : -1;
    }
    int k = (int) (s * 100);
    int b = k < 1 ? LOW - 1 : k > 98 ? LOW + 98 : LOW - 1 + k; // GRID[b] == k / 100 in the evenly spaced middle
    while (GRID[b] > s) {
      b--;
    }
    while (b + 1 < GRID.length && s >= GRID[b + 1]) {
      b++;
    }
    return b;
  }

  /** {@code scores} in model label order; {@code gold} label indices, those at or beyond {@code labels} ignored. */
  void add(double[] scores, int[] gold) {
    for (int l = 0; l < labels; l++) {
      int b = step(scores[l]);
      if (b >= 0) {
        negative[b * labels + l]++;
      }
    }
    for (int g : gold) {
      if (g < labels) {
        support[g]++;
        int b = step(scores[g]);
        if (b >= 0) {
          negative[b * labels + g]--;
          positive[b * labels + g]++;
        }
      }
    }
  }

  /**
   * Micro and macro F1 of "every label scoring at least t" at each grid threshold. {@code unscoredSupport} holds
   * the gold counts of labels the model does not know: always missed.
   */
  ThresholdCurve curve(long[] unscoredSupport) {
    int steps = GRID.length;
    double[] t = GRID.clone();
    double[] micro = new double[steps];
    double[] macro = new double[steps];
    long[] tp = new long[labels];
    long[] fp = new long[labels];
    long missedUnscored = 0;
    int presentUnscored = 0;
    for (long s : unscoredSupport) {
      missedUnscored += s;
      presentUnscored += s > 0 ? 1 : 0;
    }
    for (int g = steps - 1; g >= 0; g--) {
      long sumTp = 0;
      long sumFp = 0;
      long sumFn = missedUnscored;
      double f1Sum = 0;
      int present = presentUnscored;
      for (int l = 0; l < labels; l++) {
        tp[l] += positive[g * labels + l];
        fp[l] += negative[g * labels + l];
        long fn = support[l] - tp[l];
        sumTp += tp[l];
        sumFp += fp[l];
        sumFn += fn;
        if (tp[l] + fp[l] + fn > 0) {
          present++;
          double p = tp[l] + fp[l] == 0 ? 0 : (double) tp[l] / (tp[l] + fp[l]);
          double r = support[l] == 0 ? 0 : (double) tp[l] / support[l];
          f1Sum += Counts.f1(p, r);
        }
      }
      micro[g] = 2 * sumTp + sumFp + sumFn == 0 ? Double.NaN : 2.0 * sumTp / (2 * sumTp + sumFp + sumFn);
      macro[g] = present == 0 ? Double.NaN : f1Sum / present;
    }
    return new ThresholdCurve(t, micro, macro);
  }
}
