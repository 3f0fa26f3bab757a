package org.fenlei.eval;

import java.util.List;

/** The decision metrics that can be recomputed from {@link Counts}: what the bootstrap and paired tests vary. */
enum Metric {
  ACCURACY("accuracy"),
  SUBSET_ACCURACY("subset_accuracy"),
  MICRO_F1("micro_f1"),
  MACRO_F1("macro_f1"),
  WEIGHTED_F1("weighted_f1"),
  SAMPLES_F1("samples_f1"),
  HAMMING_LOSS("hamming_loss");

  final String key;

  Metric(String key) {
    this.key = key;
  }

  double of(Counts c, int labels) {
    return switch (this) {
      case ACCURACY, SUBSET_ACCURACY -> c.accuracy();
      case MICRO_F1 -> c.microF1();
      case MACRO_F1 -> c.macro(2);
      case WEIGHTED_F1 -> c.weightedF1();
      case SAMPLES_F1 -> Counts.ratio(c.sampleF1, c.docs);
      case HAMMING_LOSS -> c.hammingLoss(labels);
    };
  }

  static Metric named(String key) {
    for (Metric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric '" + key + "'");
  }

  /** The metrics given confidence intervals: the headline ones and a few close relatives. */
  static List<Metric> withIntervals(boolean multiLabel) {
    return multiLabel ? List.of(MICRO_F1, MACRO_F1, SUBSET_ACCURACY, HAMMING_LOSS, SAMPLES_F1)
        : List.of(ACCURACY, MACRO_F1, WEIGHTED_F1);
  }
}
