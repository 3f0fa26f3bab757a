package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * ROC and precision-recall analysis of a two-label task, as scikit-learn computes it: ROC-AUC is the trapezoid
 * area under the ROC curve with one point per distinct score (tied scores form one diagonal step), and PR-AUC is
 * average precision, {@code sum over thresholds of (R_n - R_n-1) * P_n}, without interpolation.
 */
public final class BinaryMetrics {
  private final String positive;
  private final List<OperatingPoint> curve;
  private final double rocAuc;
  private final double averagePrecision;

  private BinaryMetrics(String positive, List<OperatingPoint> curve, double[] areas) {
    this.positive = positive;
    this.curve = Collections.unmodifiableList(curve);
    this.rocAuc = areas[0];
    this.averagePrecision = areas[1];
  }

  static BinaryMetrics of(List<Row> rows, int positiveLabel, String positive) {
    Sorted s = Sorted.of(rows, positiveLabel);
    List<OperatingPoint> curve = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < s.scores.length; i++) {
      if (s.positive[i]) {
        tp++;
      } else {
        fp++;
      }
      if (i + 1 == s.scores.length || s.scores[i + 1] != s.scores[i]) {
        curve.add(new OperatingPoint(s.scores[i], tp, fp, s.positives, s.scores.length - s.positives));
      }
    }
    return new BinaryMetrics(positive, curve, areas(s, null));
  }

  /** Documents ordered by the positive label's score, highest first, with their gold outcome. */
  record Sorted(double[] scores, boolean[] positive, int[] doc, long positives) {
    static Sorted of(List<Row> rows, int positiveLabel) {
      int n = rows.size();
      Integer[] order = new Integer[n];
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
        score[i] = rows.get(i).topScore(positiveLabel);
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
      double[] s = new double[n];
      boolean[] p = new boolean[n];
      int[] d = new int[n];
      long positives = 0;
      for (int i = 0; i < n; i++) {
        d[i] = order[i];
        s[i] = score[d[i]];
        p[i] = Row.contains(rows.get(d[i]).gold(), positiveLabel);
        positives += p[i] ? 1 : 0;
      }
      return new Sorted(s, p, d, positives);
    }
  }

  /**
   * ROC-AUC and average precision with each document counted {@code weights[doc]} times (all once when null),
   * so that the bootstrap and the point estimate share this code. NaN where a class is missing.
   */
  static double[] areas(Sorted s, int[] weights) {
    double pos = 0;
    double neg = 0;
    for (int i = 0; i < s.scores.length; i++) {
      double w = weights == null ? 1 : weights[s.doc[i]];
      pos += s.positive[i] ? w : 0;
      neg += s.positive[i] ? 0 : w;
    }
    double tp = 0;
    double fp = 0;
    double prevTp = 0;
    double prevFp = 0;
    double auc = 0;
    double ap = 0;
    for (int i = 0; i < s.scores.length; i++) {
      double w = weights == null ? 1 : weights[s.doc[i]];
      if (s.positive[i]) {
        tp += w;
      } else {
        fp += w;
      }
      if ((i + 1 == s.scores.length || s.scores[i + 1] != s.scores[i]) && tp + fp > prevTp + prevFp) {
        auc += (fp - prevFp) * (tp + prevTp) / 2;
        ap += (tp - prevTp) * (tp / (tp + fp));
        prevTp = tp;
        prevFp = fp;
      }
    }
    return new double[] {pos == 0 || neg == 0 ? Double.NaN : auc / (pos * neg), pos == 0 ? Double.NaN : ap / pos};
  }

  /**
   * The label treated as positive.
   *
   * @return the positive label
   */
  public String positive() {
    return positive;
  }

  /**
   * The area under the ROC curve. Undefined when the test data lacks positives or negatives.
   *
   * @return the area in [0, 1], or NaN
   */
  public double rocAuc() {
    return rocAuc;
  }

  /**
   * PR-AUC as average precision; undefined without positives.
   *
   * @return the average precision in [0, 1], or NaN
   */
  public double averagePrecision() {
    return averagePrecision;
  }

  /**
   * One operating point per distinct score, threshold descending: the ROC and precision-recall curves.
   *
   * @return the points, unmodifiable; empty without documents
   */
  public List<OperatingPoint> curve() {
    return curve;
  }

  /**
   * The operating point of highest recall whose precision reaches {@code target} (the highest threshold among
   * equal recalls), or empty when no threshold does. Spam filters are tuned this way, for few false positives.
   *
   * @param target the precision to reach, in [0, 1]
   * @return the operating point, or empty
   */
  public Optional<OperatingPoint> atPrecision(double target) {
    OperatingPoint best = null;
    for (OperatingPoint p : curve) {
      if (p.precision() >= target && (best == null || p.truePositives() > best.truePositives())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }
}
