package org.fenlei.core;

import java.util.List;
import java.util.Locale;
import org.fenlei.corpora.Document;

/** What the filters share: a two-label model, its positive label, and a threshold on that label's probability. */
final class BinaryDecision {
  final TextClassifier model;
  final int positive;
  final double threshold;

  BinaryDecision(TextClassifier model, String positiveLabel, double threshold) {
    if (model.multiLabel() || model.labels().size() != 2) {
      throw new IllegalArgumentException("a filter needs a two-label model, this " + model.kind() + " model has "
          + (model.multiLabel() ? "multi-label " : "") + model.labels().size() + " labels: "
          + TextClassifier.abbreviate(model.labels()));
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    this.model = model;
    this.positive = model.labelIndex(positiveLabel);
    this.threshold = threshold;
  }

  /** The label named as one of {@code names} (any case), else the one sorting last (e.g. 1, spam, positive). */
  static String guess(TextClassifier model, List<String> names) {
    List<String> labels = model.labels();
    for (String n : names) {
      for (String l : labels) {
        if (l.toLowerCase(Locale.ROOT).equals(n)) {
          return l;
        }
      }
    }
    return labels.stream().max(String::compareTo).orElseThrow();
  }

  double probability(String text) {
    return model.scores(text)[positive];
  }

  String positiveLabel() {
    return model.labels().get(positive);
  }

  /** The threshold reaching {@code target} precision on labelled documents, with the highest recall. */
  ThresholdTuning.PrecisionPoint forPrecision(double target, List<Document> dev, int threads) {
    List<double[]> scores = Parallel.map(dev, d -> model.scores(d.text()), threads);
    int np = 0;
    for (Document d : dev) {
      np += d.labels().contains(positiveLabel()) ? 1 : 0;
    }
    double[] pos = new double[np];
    double[] neg = new double[dev.size() - np];
    int p = 0;
    int n = 0;
    for (int i = 0; i < dev.size(); i++) {
      if (dev.get(i).labels().contains(positiveLabel())) {
        pos[p++] = scores.get(i)[positive];
      } else {
        neg[n++] = scores.get(i)[positive];
      }
    }
    return ThresholdTuning.forPrecision(pos, neg, target);
  }
}
