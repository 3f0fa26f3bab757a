package org.fenlei.core;

/**
 * One monotone map per label (one-vs-rest), then normalisation to sum one; for two labels only the second label's
 * map is used and the first gets the complement, so the decision stays a single threshold.
 */
abstract sealed class PerLabelCalibrator extends ScoreCalibrator permits PlattScaling, IsotonicCalibration {

  PerLabelCalibrator(int code, String method, int labels) {
    super(code, method, labels);
  }

  /** The calibrated probability of one label from its raw score. */
  abstract double map(int label, double raw);

  @Override
  final double[] apply(double[] raw) {
    double[] p = new double[raw.length];
    if (raw.length == 2) {
      p[1] = map(1, raw[1]);
      p[0] = 1 - p[1];
      return p;
    }
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      p[i] = map(i, raw[i]);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] = sum > 0 ? p[i] / sum : 1.0 / p.length;
    }
    return p;
  }
}
