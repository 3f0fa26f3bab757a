package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Temperature scaling (Guo et al. 2017) of a model's probabilities: {@code p_k ∝ s_k^(1/T)}, one temperature for
 * all labels, fitted by minimising the negative log-likelihood of held-out documents. Every label's score goes
 * through the same increasing map, so the ranking of labels and hence every decision (the best label, a two-label
 * model's 0.5 point) is exactly the model's own: only what the probabilities say changes. For two labels this is
 * Platt scaling without its bias: {@code p = sigmoid(logit(s) / T)}.
 */
final class TemperatureScaling extends ScoreCalibrator {
  /** Scores below this count as this, so that a zero probability has a finite logarithm. */
  static final double FLOOR = 1e-300;
  private final double inverseTemperature;

  TemperatureScaling(int labels, double inverseTemperature) {
    super(TEMPERATURE, "temperature", labels);
    if (!(inverseTemperature > 0) || Double.isInfinite(inverseTemperature)) {
      throw new IllegalArgumentException("inverse temperature must be positive and finite: " + inverseTemperature);
    }
    this.inverseTemperature = inverseTemperature;
  }

  /** The temperature T. */
  double temperature() {
    return 1 / inverseTemperature;
  }

  @Override
  double[] apply(double[] raw) {
    return softmax(raw, inverseTemperature);
  }

  static double[] softmax(double[] raw, double beta) {
    double[] p = new double[raw.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < raw.length; i++) {
      p[i] = beta * Math.log(Math.max(raw[i], FLOOR));
      max = Math.max(max, p[i]);
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(p[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  @Override
  void writeMaps(DataOutput out) throws IOException {
    out.writeDouble(inverseTemperature);
  }

  static TemperatureScaling read(DataInput in, int labels) throws IOException {
    double beta = in.readDouble();
    if (!(beta > 0) || Double.isInfinite(beta)) {
      throw new IOException("invalid inverse temperature " + beta);
    }
    return new TemperatureScaling(labels, beta);
  }

  /**
   * The temperature minimising the held-out negative log-likelihood. The likelihood is convex in 1/T, so a golden
   * section search over log(1/T) in [-12, 12] finds the minimum; documents whose gold label the model lacks are
   * left out.
   */
  static TemperatureScaling fit(double[][] raw, boolean[][] gold, int labels) {
    double lo = -12;
    double hi = 12;
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = nll(raw, gold, Math.exp(a));
    double fb = nll(raw, gold, Math.exp(b));
    for (int it = 0; it < 100 && hi - lo > 1e-6; it++) {
      if (fa <= fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = nll(raw, gold, Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = nll(raw, gold, Math.exp(b));
      }
    }
    return new TemperatureScaling(labels, Math.exp((lo + hi) / 2));
  }

  /** Mean negative log-likelihood of the gold labels under inverse temperature {@code beta}. */
  static double nll(double[][] raw, boolean[][] gold, double beta) {
    double total = 0;
    int n = 0;
    for (int i = 0; i < raw.length; i++) {
      int y = -1;
      for (int c = 0; c < gold[i].length; c++) {
        if (gold[i][c]) {
          y = c;
          break;
        }
      }
      if (y < 0) {
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      double[] z = new double[raw[i].length];
      for (int c = 0; c < z.length; c++) {
        z[c] = beta * Math.log(Math.max(raw[i][c], FLOOR));
        max = Math.max(max, z[c]);
      }
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v - max);
      }
      total += Math.log(sum) + max - z[y];
      n++;
    }
    return n == 0 ? 0 : total / n;
  }
}
