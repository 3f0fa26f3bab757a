package org.fenlei.eval;

/**
 * Counts and scores of one label. Precision is undefined (NaN) when the label was never predicted, recall
 * when it never occurs in the gold data; F1 is undefined when both are.
 *
 * @param label the label
 * @param truePositives documents with the label both in the gold data and in the predictions
 * @param falsePositives documents predicted with the label that do not have it in the gold data
 * @param falseNegatives documents with the label in the gold data that were not predicted with it
 */
public record LabelStats(String label, long truePositives, long falsePositives, long falseNegatives) {
  /**
   * The documents that have this label in the gold data.
   *
   * @return {@code truePositives + falseNegatives}
   */
  public long support() {
    return truePositives + falseNegatives;
  }

  /**
   * The documents predicted with this label.
   *
   * @return {@code truePositives + falsePositives}
   */
  public long predicted() {
    return truePositives + falsePositives;
  }

  /**
   * The fraction of the predictions of this label that were right.
   *
   * @return {@code truePositives / predicted()} in [0, 1], NaN when the label was never predicted
   */
  public double precision() {
    return predicted() == 0 ? Double.NaN : (double) truePositives / predicted();
  }

  /**
   * The fraction of the gold occurrences of this label that were predicted.
   *
   * @return {@code truePositives / support()} in [0, 1], NaN when the label never occurs in the gold data
   */
  public double recall() {
    return support() == 0 ? Double.NaN : (double) truePositives / support();
  }

  /**
   * The harmonic mean of precision and recall, computed as {@code 2TP / (2TP + FP + FN)}.
   *
   * @return F1 in [0, 1], NaN when the label was neither predicted nor in the gold data
   */
  public double f1() {
    long denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
  }
}
