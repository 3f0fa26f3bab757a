package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Top-label calibration (Gupta and Ramdas 2022): isotonic regression of "the best label is right" on the best
 * label's score, then the other labels' scores rescaled to share what is left. The best label stays the best
 * (its calibrated score never drops below what keeps it first) and the others keep their order, so every decision
 * is the model's own; unlike one temperature it can fix a model that is under-confident in the middle of its
 * range and over-confident at the top (fastText's softmax is). Needs held-out documents in the hundreds.
 */
final class TopLabelCalibration extends ScoreCalibrator {
  private final double[] xs;
  private final double[] ys;

  TopLabelCalibration(int labels, double[] xs, double[] ys) {
    super(TOP_LABEL, "top-label", labels);
    if (xs.length != ys.length || xs.length == 0) {
      throw new IllegalArgumentException("top-label calibration needs points");
    }
    this.xs = xs.clone();
    this.ys = ys.clone();
  }

  @Override
  double[] apply(double[] raw) {
    double[] p = raw.clone();
    int top = 0;
    for (int i = 1; i < raw.length; i++) {
      if (raw[i] > raw[top]) {
        top = i;
      }
    }
    double c = raw[top];
    double second = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < raw.length; i++) {
      if (i != top) {
        second = Math.max(second, raw[i]);
      }
    }
    double rest = 1 - c;
    if (second >= c || rest <= 1e-12 || !(c > 0)) {
      return p; // a tie for the best label, or nothing left to share: keep the model's scores
    }
    // the best label stays first: g (1 - c) > second (1 - g)  <=>  g > second / (rest + second)
    double keepFirst = second / (rest + second);
    double g = Math.min(1, Math.max(IsotonicCalibration.interpolate(xs, ys, c), keepFirst * (1 + 1e-9)));
    double scale = (1 - g) / rest;
    for (int i = 0; i < p.length; i++) {
      p[i] = i == top ? g : raw[i] * scale;
    }
    return p;
  }

  @Override
  void writeMaps(DataOutput out) throws IOException {
    writePoints(out, xs, ys);
  }

  static TopLabelCalibration read(DataInput in, int labels) throws IOException {
    double[][] points = readPoints(in, 1);
    return new TopLabelCalibration(labels, points[0], points[1]);
  }

  static TopLabelCalibration fit(double[][] raw, boolean[][] gold, int labels) {
    double[] c = new double[raw.length];
    double[] right = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      int top = 0;
      for (int k = 1; k < raw[i].length; k++) {
        if (raw[i][k] > raw[i][top]) {
          top = k;
        }
      }
      c[i] = raw[i][top];
      right[i] = gold[i][top] ? 1 : 0;
    }
    double[][] f = IsotonicCalibration.pav(c, right);
    return new TopLabelCalibration(labels, f[0], f[1]);
  }
}
