package org.fenlei.core;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract of every trained fenlei classifier, multi-class and multi-label alike. Implementations are
 * immutable and safe to share between threads: {@link #scores} may be called concurrently.
 *
 * <p>Decisions: {@link #predict(String, int, double)} with {@code topK < 0} and {@code threshold} NaN applies
 * the model's own rule, which is the rule {@code fenlei classify} and {@code fenlei eval} use by default: the
 * single best label for a multi-class model, every label whose score reaches its threshold for a multi-label
 * one.
 */
public interface TextClassifier {

  /** The model kind as written in the model file, e.g. {@code nb}. */
  String kind();

  /** The label set; {@link #scores} returns one score per label in this order. */
  List<String> labels();

  /** True when a document may carry several labels (one-vs-rest scores that do not sum to one). */
  boolean multiLabel();

  /** One probability per label, in {@link #labels()} order. */
  double[] scores(String text);

  /** The score a label needs to be predicted when no threshold is given (0 for multi-class models). */
  default double threshold(int label) {
    return multiLabel() ? 0.5 : 0.0;
  }

  /**
   * With the model's own thresholds, at least this many labels are predicted (the best ones) even when fewer
   * reach their thresholds: 1 for multi-label models trained where every document has a label, else 0.
   */
  default int minLabels() {
    return 0;
  }

  /**
   * The main settings the model was trained with, as {@code --set} keys and values in a stable order (what an
   * automatic choice settled on, too); empty when the kind reports none.
   */
  default java.util.Map<String, String> settings() {
    return java.util.Map.of();
  }

  /** Writes the model's parameters and its pipeline configuration, read back by its {@link ModelCodec}. */
  void write(DataOutput out) throws IOException;

  /**
   * The predicted labels of {@code text}, best first.
   *
   * @param topK at most this many labels; negative for the model's default (1 when multi-class, all when
   *     multi-label)
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   */
  default List<ScoredLabel> predict(String text, int topK, double threshold) {
    return decide(scores(text), topK, threshold);
  }

  /** Applies the decision rule of {@link #predict(String, int, double)} to scores already computed. */
  default List<ScoredLabel> decide(double[] scores, int topK, double threshold) {
    List<String> labels = labels();
    int k = topK >= 0 ? topK : (multiLabel() ? labels.size() : 1);
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : labels.get(a).compareTo(labels.get(b));
    });
    int floor = Double.isNaN(threshold) ? Math.min(minLabels(), k) : 0;
    List<ScoredLabel> out = new ArrayList<>();
    for (int i : order) {
      if (out.size() == k) {
        break;
      }
      double t = Double.isNaN(threshold) ? threshold(i) : threshold;
      if (scores[i] >= t || out.size() < floor) {
        out.add(new ScoredLabel(labels.get(i), scores[i]));
      }
    }
    return out;
  }
}
