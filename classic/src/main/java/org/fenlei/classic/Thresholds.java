package org.fenlei.classic;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.fenlei.core.ThresholdTuning;

/**
 * A multi-label model's decision rule: one score threshold per label, and the least number of labels predicted
 * for any document. {@link #tune} learns them from held-out scores.
 *
 * @param perLabel each label's threshold
 * @param minLabels the least number of labels predicted
 */
public record Thresholds(double[] perLabel, int minLabels) {
  /** Labels with fewer held-out positives than this keep the global threshold: their own F1 is too noisy. */
  static final int MIN_SUPPORT = 5;

  /**
   * The same threshold for every label.
   *
   * @param labels the number of labels
   * @param t the threshold
   * @param minLabels the least number of labels predicted
   * @return the thresholds
   */
  public static Thresholds fixed(int labels, double t, int minLabels) {
    double[] a = new double[labels];
    Arrays.fill(a, t);
    return new Thresholds(a, minLabels);
  }

  /**
   * One label's threshold.
   *
   * @param label the label's index
   * @return its threshold
   */
  public double threshold(int label) {
    return perLabel[label];
  }

  /**
   * The global threshold that maximises micro-F1 on held-out documents, then for each label with at least
   * {@link #MIN_SUPPORT} positives the threshold that maximises its own F1 ({@link ThresholdTuning}, the tuner
   * {@code fenlei eval} uses too); 0.5 for every label when the held-out documents have no labels.
   *
   * @param scores held-out scores {@code [document][label]}
   * @param gold the held-out documents' label ids
   */
  static Thresholds tune(double[][] scores, int[][] gold, int labels, int minLabels) {
    double[] fallback = fixed(labels, 0.5, minLabels).perLabel();
    return new Thresholds(ThresholdTuning.perLabelOr(scores, gold, new ThresholdTuning.Options(MIN_SUPPORT), fallback),
        minLabels);
  }

  /**
   * Writes the thresholds, read back by {@link #read}.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(DataOutput out) throws IOException {
    out.writeInt(minLabels);
    for (double t : perLabel) {
      out.writeDouble(t);
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @param in where to read
   * @param labels the number of labels
   * @return the thresholds
   * @throws IOException when reading fails or the values are invalid
   */
  public static Thresholds read(DataInput in, int labels) throws IOException {
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
