package org.fenlei.classic;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A multi-label model's decision rule: one score threshold per label, and the least number of labels predicted
 * for any document. {@link #tune} learns them from held-out scores.
 */
record Thresholds(double[] perLabel, int minLabels) {
  /** Labels with fewer held-out positives than this keep the global threshold: their own F1 is too noisy. */
  static final int MIN_SUPPORT = 5;

  static Thresholds fixed(int labels, double t, int minLabels) {
    double[] a = new double[labels];
    Arrays.fill(a, t);
    return new Thresholds(a, minLabels);
  }

  double threshold(int label) {
    return perLabel[label];
  }

  /**
   * The global threshold that maximises micro-F1 on held-out documents, then for each label with at least
   * {@link #MIN_SUPPORT} positives the threshold that maximises its own F1.
   *
   * @param scores held-out scores {@code [document][label]}
   * @param gold the held-out documents' label ids
   */
  static Thresholds tune(double[][] scores, int[][] gold, int labels, int minLabels) {
    int n = scores.length;
    boolean[][] positive = new boolean[labels][n];
    int[] support = new int[labels];
    for (int i = 0; i < n; i++) {
      for (int c : gold[i]) {
        positive[c][i] = true;
        support[c]++;
      }
    }
    double global = bestGlobal(scores, positive, labels);
    double[] t = new double[labels];
    for (int c = 0; c < labels; c++) {
      t[c] = support[c] >= MIN_SUPPORT ? bestForLabel(scores, positive[c], c, support[c]) : global;
    }
    return new Thresholds(t, minLabels);
  }

  private static double bestGlobal(double[][] scores, boolean[][] positive, int labels) {
    int n = scores.length;
    int total = 0;
    double[] all = new double[n * labels];
    boolean[] pos = new boolean[n * labels];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < labels; c++) {
        all[i * labels + c] = scores[i][c];
        pos[i * labels + c] = positive[c][i];
        total += positive[c][i] ? 1 : 0;
      }
    }
    return sweep(all, pos, total, 0.5);
  }

  private static double bestForLabel(double[][] scores, boolean[] positive, int c, int support) {
    double[] s = new double[scores.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = scores[i][c];
    }
    return sweep(s, positive, support, 0.5);
  }

  /**
   * The threshold with the best F1 when everything scoring at least it is predicted: the midpoint between the
   * last score taken and the next one. {@code fallback} when nothing is positive.
   */
  static double sweep(double[] scores, boolean[] positive, int positives, double fallback) {
    if (positives == 0) {
      return fallback;
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    int tp = 0;
    int fp = 0;
    double bestF1 = -1;
    double best = fallback;
    for (int r = 0; r < order.length; r++) {
      if (positive[order[r]]) {
        tp++;
      } else {
        fp++;
      }
      boolean tieNext = r + 1 < order.length && scores[order[r + 1]] == scores[order[r]];
      if (tieNext) {
        continue;
      }
      double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
      if (f1 > bestF1) {
        bestF1 = f1;
        double next = r + 1 < order.length ? scores[order[r + 1]] : scores[order[r]] - 1e-6;
        best = (scores[order[r]] + next) / 2;
      }
    }
    return best;
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(minLabels);
    for (double t : perLabel) {
      out.writeDouble(t);
    }
  }

  static Thresholds read(DataInput in, int labels) throws IOException {
    int min = in.readInt();
    if (min < 0 || min > labels) {
      throw new IOException("invalid minimum label count " + min);
    }
    double[] t = new double[labels];
    for (int c = 0; c < labels; c++) {
      t[c] = in.readDouble();
    }
    return new Thresholds(t, min);
  }
}
