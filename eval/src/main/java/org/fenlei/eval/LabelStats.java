package org.fenlei.eval;

/**
 * Counts and scores of one label. Precision is undefined (NaN) when the label was never predicted, recall
 * when it never occurs in the gold data; F1 is undefined when both are.
 */
public record LabelStats(String label, long truePositives, long falsePositives, long falseNegatives) {
  public long support() {
    return truePositives + falseNegatives;
  }

  public long predicted() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return predicted() == 0 ? Double.NaN : (double) truePositives / predicted();
  }

  public double recall() {
    return support() == 0 ? Double.NaN : (double) truePositives / support();
  }

  public double f1() {
    long denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
  }
}
