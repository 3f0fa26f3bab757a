package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Isotonic regression (pool adjacent violators) of the label on its raw score, one map per label, interpolated
 * linearly between the fitted points and clipped at the ends, as scikit-learn's {@code IsotonicRegression} with
 * {@code out_of_bounds="clip"}. Needs more held-out documents than Platt scaling (about a thousand).
 */
final class IsotonicCalibration extends PerLabelCalibrator {
  private final double[][] xs;
  private final double[][] ys;

  IsotonicCalibration(double[][] xs, double[][] ys) {
    super(ISOTONIC, "isotonic", xs.length);
    this.xs = xs;
    this.ys = ys;
  }

  @Override
  double map(int label, double raw) {
    return xs[label].length == 0 ? raw : interpolate(xs[label], ys[label], raw);
  }

  /** Linear interpolation between fitted points, clipped at the ends. */
  static double interpolate(double[] x, double[] y, double raw) {
    if (raw <= x[0]) {
      return y[0];
    }
    if (raw >= x[x.length - 1]) {
      return y[y.length - 1];
    }
    int i = Arrays.binarySearch(x, raw);
    if (i >= 0) {
      return y[i];
    }
    int hi = -i - 1;
    int lo = hi - 1;
    double w = (raw - x[lo]) / (x[hi] - x[lo]);
    return y[lo] + w * (y[hi] - y[lo]);
  }

  @Override
  void writeMaps(DataOutput out) throws IOException {
    for (int c = 0; c < xs.length; c++) {
      writePoints(out, xs[c], ys[c]);
    }
  }

  static IsotonicCalibration read(DataInput in, int labels) throws IOException {
    double[][] xs = new double[labels][];
    double[][] ys = new double[labels][];
    for (int c = 0; c < labels; c++) {
      double[][] points = readPoints(in, 0);
      xs[c] = points[0];
      ys[c] = points[1];
    }
    return new IsotonicCalibration(xs, ys);
  }

  static IsotonicCalibration fit(double[][] raw, boolean[][] gold, int labels) {
    double[][] xs = new double[labels][];
    double[][] ys = new double[labels][];
    for (int c = 0; c < labels; c++) {
      if (labels == 2 && c == 0) {
        continue;
      }
      double[] x = new double[raw.length];
      double[] y = new double[raw.length];
      for (int i = 0; i < raw.length; i++) {
        x[i] = raw[i][c];
        y[i] = gold[i][c] ? 1 : 0;
      }
      double[][] fitted = pav(x, y);
      xs[c] = fitted[0];
      ys[c] = fitted[1];
    }
    if (labels == 2) {
      // the first label is the complement of the second and is never mapped on its own
      xs[0] = new double[0];
      ys[0] = new double[0];
    }
    return new IsotonicCalibration(xs, ys);
  }

  /** Pool adjacent violators over points sorted by x (equal x pooled first); returns the fitted {x, y}. */
  static double[][] pav(double[] x, double[] y) {
    int n = x.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> Double.compare(x[p], x[q]));
    // unique x values with summed y and weights
    double[] ux = new double[n];
    double[] sum = new double[n];
    double[] weight = new double[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (m > 0 && ux[m - 1] == x[i]) {
        sum[m - 1] += y[i];
        weight[m - 1] += 1;
      } else {
        ux[m] = x[i];
        sum[m] = y[i];
        weight[m] = 1;
        m++;
      }
    }
    // blocks: [start, end) over unique points, with pooled mean
    int[] start = new int[m];
    double[] bs = new double[m];
    double[] bw = new double[m];
    int blocks = 0;
    for (int i = 0; i < m; i++) {
      start[blocks] = i;
      bs[blocks] = sum[i];
      bw[blocks] = weight[i];
      blocks++;
      while (blocks > 1 && bs[blocks - 2] / bw[blocks - 2] >= bs[blocks - 1] / bw[blocks - 1]) {
        bs[blocks - 2] += bs[blocks - 1];
        bw[blocks - 2] += bw[blocks - 1];
        blocks--;
      }
    }
    // each block contributes its first and last x with its mean, so interpolation is flat inside a block
    double[] fx = new double[2 * blocks];
    double[] fy = new double[2 * blocks];
    int p = 0;
    for (int b = 0; b < blocks; b++) {
      int end = b + 1 < blocks ? start[b + 1] : m;
      double mean = bs[b] / bw[b];
      fx[p] = ux[start[b]];
      fy[p++] = mean;
      if (end - 1 > start[b]) {
        fx[p] = ux[end - 1];
        fy[p++] = mean;
      }
    }
    return new double[][] {Arrays.copyOf(fx, p), Arrays.copyOf(fy, p)};
  }
}
