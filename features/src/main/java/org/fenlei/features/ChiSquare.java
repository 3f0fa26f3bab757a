package org.fenlei.features;

import java.util.Arrays;
import java.util.List;

/**
 * Chi-square feature scores against the labels, as scikit-learn's {@code chi2}: with the (weighted) feature
 * mass observed per label {@code O[c][j]} and expected {@code E[c][j] = P(c) * sum_c O[c][j]}, a feature's score
 * is {@code sum_c (O - E)^2 / E}. Multi-label documents count for each of their labels.
 */
final class ChiSquare {
  private ChiSquare() {}

  /** The score of every feature. */
  static double[] scores(List<SparseVector> x, int[][] labelIds, int labels, int features) {
    double[][] observed = new double[labels][features];
    double[] classCount = new double[labels];
    double[] featureTotal = new double[features];
    for (int i = 0; i < x.size(); i++) {
      SparseVector v = x.get(i);
      for (int k = 0; k < v.size(); k++) {
        featureTotal[v.index(k)] += v.value(k);
      }
      for (int c : labelIds[i]) {
        classCount[c]++;
        double[] row = observed[c];
        for (int k = 0; k < v.size(); k++) {
          row[v.index(k)] += v.value(k);
        }
      }
    }
    double[] score = new double[features];
    for (int c = 0; c < labels; c++) {
      double p = classCount[c] / x.size();
      for (int j = 0; j < features; j++) {
        double e = p * featureTotal[j];
        if (e > 0) {
          double d = observed[c][j] - e;
          score[j] += d * d / e;
        }
      }
    }
    return score;
  }

  /** The indices of the {@code k} highest scores, ascending; ties go to the lower index. */
  static int[] topK(double[] scores, int k) {
    if (k >= scores.length) {
      int[] all = new int[scores.length];
      Arrays.setAll(all, i -> i);
      return all;
    }
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] keep = new int[k];
    for (int i = 0; i < k; i++) {
      keep[i] = order[i];
    }
    Arrays.sort(keep);
    return keep;
  }
}
