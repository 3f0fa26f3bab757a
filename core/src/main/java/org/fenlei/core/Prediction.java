package org.fenlei.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a model decided for one document: the labels it predicts (best first, each with its score) and every
 * label's score. Immutable.
 */
public final class Prediction {
  private final List<String> modelLabels;
  private final double[] scores;
  private final List<ScoredLabel> decided;

  Prediction(List<String> modelLabels, double[] scores, List<ScoredLabel> decided) {
    this.modelLabels = modelLabels;
    this.scores = scores;
    this.decided = List.copyOf(decided);
  }

  /**
   * The predicted labels, best first.
   *
   * @return the decided labels with their scores; empty when none reached its threshold
   */
  public List<ScoredLabel> labels() {
    return decided;
  }

  /**
   * The best predicted label.
   *
   * @return its name, or null when no label was predicted
   */
  public String label() {
    return decided.isEmpty() ? null : decided.get(0).label();
  }

  /**
   * The best predicted label's score.
   *
   * @return its probability, or NaN when no label was predicted
   */
  public double score() {
    return decided.isEmpty() ? Double.NaN : decided.get(0).score();
  }

  /**
   * Whether no label was predicted (possible with a threshold, or for a multi-label model).
   *
   * @return true when {@link #labels()} is empty
   */
  public boolean isEmpty() {
    return decided.isEmpty();
  }

  /**
   * Whether {@code label} is among the predicted labels.
   *
   * @param label a label
   * @return true when predicted
   */
  public boolean has(String label) {
    for (ScoredLabel s : decided) {
      if (s.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Any label's score, predicted or not.
   *
   * @param label one of the model's labels
   * @return its probability
   * @throws IllegalArgumentException when the model has no such label
   */
  public double probability(String label) {
    int i = modelLabels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("no label '" + label + "' (labels: "
          + TextClassifier.abbreviate(modelLabels) + ")");
    }
    return scores[i];
  }

  /**
   * Every label's score, in the model's label order.
   *
   * @return a copy of the scores
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Every label with its score, best first.
   *
   * @return label to probability, iterating from the most to the least probable
   */
  public Map<String, Double> scoreMap() {
    return TextClassifier.bestFirst(modelLabels, scores);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction p && decided.equals(p.decided) && Arrays.equals(scores, p.scores)
        && modelLabels.equals(p.modelLabels);
  }

  @Override
  public int hashCode() {
    return decided.hashCode() * 31 + Arrays.hashCode(scores);
  }

  @Override
  public String toString() {
    return "Prediction" + decided;
  }
}
