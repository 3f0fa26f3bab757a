package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Platt scaling (Platt 1999), fitted as Lin, Lin and Weng (2007) do (Newton's method with backtracking, targets
 * smoothed by the class counts): {@code P(label) = 1 / (1 + exp(a * f + b))} with {@code f = logit(raw score)}, so
 * that an over-confident model (Naive Bayes) is tempered and a squashed one (a linear SVM's margins) stretched.
 */
final class PlattScaling extends PerLabelCalibrator {
  private final double[] a;
  private final double[] b;

  PlattScaling(double[] a, double[] b) {
    super(PLATT, "platt", a.length);
    this.a = a.clone();
    this.b = b.clone();
  }

  @Override
  double map(int label, double raw) {
    double fApB = a[label] * logit(raw) + b[label];
    // 1 / (1 + exp(fApB)) without overflow
    return fApB >= 0 ? Math.exp(-fApB) / (1 + Math.exp(-fApB)) : 1 / (1 + Math.exp(fApB));
  }

  @Override
  void writeMaps(DataOutput out) throws IOException {
    for (int i = 0; i < a.length; i++) {
      out.writeDouble(a[i]);
      out.writeDouble(b[i]);
    }
  }

  static PlattScaling read(DataInput in, int labels) throws IOException {
    double[] a = new double[labels];
    double[] b = new double[labels];
    for (int i = 0; i < labels; i++) {
      a[i] = in.readDouble();
      b[i] = in.readDouble();
      if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
        throw new IOException("calibration parameters are not finite");
      }
    }
    return new PlattScaling(a, b);
  }

  /**
   * Fits one map per label on held-out scores.
   *
   * @param raw held-out raw scores, one row per document
   * @param gold for each document, whether each label is its label
   */
  static PlattScaling fit(double[][] raw, boolean[][] gold, int labels) {
    double[] a = new double[labels];
    double[] b = new double[labels];
    double[] f = new double[raw.length];
    boolean[] y = new boolean[raw.length];
    for (int c = labels == 2 ? 1 : 0; c < labels; c++) {
      for (int i = 0; i < raw.length; i++) {
        f[i] = logit(raw[i][c]);
        y[i] = gold[i][c];
      }
      double[] ab = fitOne(f, y);
      a[c] = ab[0];
      b[c] = ab[1];
    }
    if (labels == 2) {
      a[0] = -a[1];
      b[0] = -b[1];
    }
    return new PlattScaling(a, b);
  }

  /** Lin, Lin and Weng (2007), Algorithm 1: returns {A, B}. */
  static double[] fitOne(double[] f, boolean[] y) {
    int prior1 = 0;
    for (boolean t : y) {
      prior1 += t ? 1 : 0;
    }
    int prior0 = y.length - prior1;
    double hiTarget = (prior1 + 1.0) / (prior1 + 2.0);
    double loTarget = 1 / (prior0 + 2.0);
    double[] t = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      t[i] = y[i] ? hiTarget : loTarget;
    }
    double sigma = 1e-12;
    double aa = 0;
    double bb = Math.log((prior0 + 1.0) / (prior1 + 1.0));
    double fval = objective(f, t, aa, bb);
    for (int it = 0; it < 100; it++) {
      double h11 = sigma;
      double h22 = sigma;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < f.length; i++) {
        double fApB = f[i] * aa + bb;
        double p;
        double q;
        if (fApB >= 0) {
          p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
          q = 1 / (1 + Math.exp(-fApB));
        } else {
          p = 1 / (1 + Math.exp(fApB));
          q = Math.exp(fApB) / (1 + Math.exp(fApB));
        }
        double d2 = p * q;
        h11 += f[i] * f[i] * d2;
        h22 += d2;
        h21 += f[i] * d2;
        double d1 = t[i] - p;
        g1 += f[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double dA = -(h22 * g1 - h21 * g2) / det;
      double dB = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * dA + g2 * dB;
      double step = 1;
      while (step >= 1e-10) {
        double na = aa + step * dA;
        double nb = bb + step * dB;
        double nf = objective(f, t, na, nb);
        if (nf < fval + 1e-4 * step * gd) {
          aa = na;
          bb = nb;
          fval = nf;
          break;
        }
        step /= 2;
      }
      if (step < 1e-10) {
        break;
      }
    }
    return new double[] {aa, bb};
  }

  private static double objective(double[] f, double[] t, double a, double b) {
    double v = 0;
    for (int i = 0; i < f.length; i++) {
      double fApB = f[i] * a + b;
      v += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return v;
  }
}
