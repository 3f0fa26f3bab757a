package org.fenlei.core;

import java.util.Arrays;

/**
 * Decision thresholds chosen on development data by {@link ThresholdTuning}: one {@code global} threshold for
 * every label, and one per label (in the label order given to the tuner; labels with too few positives there
 * get the global one). The F1 values are micro F1 on the development data itself, so they are optimistic.
 *
 * @param global the one threshold for every label
 * @param perLabel each label's threshold
 * @param globalMicroF1 micro F1 with the global threshold
 * @param perLabelMicroF1 micro F1 with the per-label thresholds
 */
public record TunedThresholds(double global, double[] perLabel, double globalMicroF1, double perLabelMicroF1) {
  /**
   * Copies the array.
   *
   * @param global the one threshold for every label
   * @param perLabel each label's threshold
   * @param globalMicroF1 micro F1 with the global threshold
   * @param perLabelMicroF1 micro F1 with the per-label thresholds
   */
  public TunedThresholds {
    perLabel = perLabel.clone();
  }

  /**
   * Each label's threshold.
   *
   * @return a copy
   */
  @Override
  public double[] perLabel() {
    return perLabel.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TunedThresholds t && Double.compare(global, t.global) == 0
        && Arrays.equals(perLabel, t.perLabel) && Double.compare(globalMicroF1, t.globalMicroF1) == 0
        && Double.compare(perLabelMicroF1, t.perLabelMicroF1) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(global) * 31 + Arrays.hashCode(perLabel);
  }

  @Override
  public String toString() {
    return "TunedThresholds[global=" + global + ", perLabel=" + Arrays.toString(perLabel) + ", globalMicroF1="
        + globalMicroF1 + ", perLabelMicroF1=" + perLabelMicroF1 + "]";
  }
}
