package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Maps a model's raw scores to calibrated probabilities: {@link TemperatureScaling} (one map for every label,
 * decisions unchanged), or one monotone map per label (one-vs-rest: {@link PlattScaling},
 * {@link IsotonicCalibration}) and, for a multi-class model, normalisation to sum one; for two labels only the
 * second label's map is fitted and the first gets the complement, so the decision stays a single threshold.
 */
abstract sealed class ScoreCalibrator permits PerLabelCalibrator, TemperatureScaling, TopLabelCalibration {
  static final int PLATT = 1;
  static final int ISOTONIC = 2;
  static final int TEMPERATURE = 3;
  static final int TOP_LABEL = 4;

  private final int code;
  private final String method;
  private final int labels;

  /**
   * @param code the method's number in model files
   * @param method the method's name, as the {@code calibration} setting spells it
   * @param labels the number of labels mapped
   */
  ScoreCalibrator(int code, String method, int labels) {
    this.code = code;
    this.method = method;
    this.labels = labels;
  }

  /** Number of labels mapped. */
  final int labels() {
    return labels;
  }

  /** The method's name, as the {@code calibration} setting spells it. */
  final String method() {
    return method;
  }

  abstract void writeMaps(DataOutput out) throws IOException;

  /** Calibrated probabilities from raw scores; a new array. */
  abstract double[] apply(double[] raw);

  final void write(DataOutput out) throws IOException {
    out.writeInt(code);
    out.writeInt(labels());
    writeMaps(out);
  }

  static ScoreCalibrator read(DataInput in) throws IOException {
    int method = in.readInt();
    int labels = in.readInt();
    if (labels < 2 || labels > 1_000_000) {
      throw new IOException("implausible calibration label count " + labels);
    }
    return switch (method) {
      case PLATT -> PlattScaling.read(in, labels);
      case ISOTONIC -> IsotonicCalibration.read(in, labels);
      case TEMPERATURE -> TemperatureScaling.read(in, labels);
      case TOP_LABEL -> TopLabelCalibration.read(in, labels);
      default -> throw new IOException("unknown calibration method " + method);
    };
  }

  /** Fitted points {@code (x, y)}, x strictly and y weakly increasing, as isotonic maps store them. */
  static void writePoints(DataOutput out, double[] xs, double[] ys) throws IOException {
    out.writeInt(xs.length);
    for (int i = 0; i < xs.length; i++) {
      out.writeDouble(xs[i]);
      out.writeDouble(ys[i]);
    }
  }

  /** What {@link #writePoints} wrote, checked; returns {xs, ys}. */
  static double[][] readPoints(DataInput in, int min) throws IOException {
    int n = in.readInt();
    if (n < min || n > 100_000_000) {
      throw new IOException("implausible calibration point count " + n);
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = in.readDouble();
      ys[i] = in.readDouble();
      if (i > 0 && !(xs[i] > xs[i - 1] && ys[i] >= ys[i - 1])) {
        throw new IOException("calibration points are not increasing");
      }
    }
    return new double[][] {xs, ys};
  }

  /** logit of a probability clipped to [1e-12, 1 - 1e-12]: the raw score's scale for Platt scaling. */
  static double logit(double p) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return Math.log(q / (1 - q));
  }
}
