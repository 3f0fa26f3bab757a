package org.fenlei.eval;

/**
 * One evaluated document, by label index. {@code predicted} is best first; the score arrays are parallel to the
 * label arrays they follow and are {@code null} when the evaluation was given decisions only. {@code goldRanks}
 * holds each gold label's 1-based rank among the model's scores ({@link Integer#MAX_VALUE} for a label the model
 * does not know); {@code top} the best {@link Evaluation#TOP} labels by score.
 */
record Row(String id, String text, int[] gold, int[] predicted, double[] predictedScores, double[] goldScores,
    int[] goldRanks, int[] top, double[] topScores) {

  boolean scored() {
    return topScores != null;
  }

  /** How many predicted labels are gold labels. */
  int hits() {
    int n = 0;
    for (int p : predicted) {
      n += contains(gold, p) ? 1 : 0;
    }
    return n;
  }

  boolean exact() {
    int h = hits();
    return h == gold.length && h == predicted.length;
  }

  /** The score of {@code label} among the kept top scores, NaN when it is not among them. */
  double topScore(int label) {
    for (int i = 0; i < top.length; i++) {
      if (top[i] == label) {
        return topScores[i];
      }
    }
    return Double.NaN;
  }

  static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
