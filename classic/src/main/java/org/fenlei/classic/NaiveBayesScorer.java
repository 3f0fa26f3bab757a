package org.fenlei.classic;

import org.fenlei.features.SparseVector;

/**
 * The log-probability tables of a multinomial Naive Bayes model, derived once from its counts, and the
 * scoring of one feature vector against them.
 */
final class NaiveBayesScorer {
  private final boolean multiLabel;
  private final double[] logPrior; // [label]; multi-label: log P(l)
  private final double[] logPriorNot; // multi-label only: log P(not l)
  private final float[][] logLikelihood; // [label][term]: log P(t | l)
  private final float[][] logLikelihoodNot; // multi-label only: log P(t | not l)

  NaiveBayesScorer(double alpha, double docs, double[] docCounts, float[][] termMass, float[] totalMass,
      boolean multiLabel) {
    this.multiLabel = multiLabel;
    int labels = docCounts.length;
    int vocab = labels == 0 ? 0 : termMass[0].length;
    logPrior = new double[labels];
    logLikelihood = new float[labels][];
    for (int c = 0; c < labels; c++) {
      logLikelihood[c] = logProbabilities(termMass[c], null, alpha);
    }
    if (multiLabel) {
      // one-vs-rest: each document counts once, so "not l" is the remaining documents and term mass
      double allDocs = docs;
      logPriorNot = new double[labels];
      logLikelihoodNot = new float[labels][];
      for (int c = 0; c < labels; c++) {
        logPrior[c] = Math.log((docCounts[c] + 1) / (allDocs + 2));
        logPriorNot[c] = Math.log((allDocs - docCounts[c] + 1) / (allDocs + 2));
        logLikelihoodNot[c] = logProbabilities(termMass[c], totalMass, alpha);
      }
    } else {
      logPriorNot = null;
      logLikelihoodNot = null;
      for (int c = 0; c < labels; c++) {
        logPrior[c] = Math.log(docCounts[c] / docs);
      }
    }
  }

  /** log P(t | class) with Lidstone smoothing; with {@code total}, for the complement (total - mass). */
  private static float[] logProbabilities(float[] mass, float[] total, double alpha) {
    int vocab = mass.length;
    double sum = 0;
    double[] m = new double[vocab];
    // the complement "not l" has the mass of all documents less l's
    for (int t = 0; t < vocab; t++) {
      m[t] = total == null ? mass[t] : Math.max(0, total[t] - mass[t]);
      sum += m[t];
    }
    double denominator = Math.log(sum + alpha * vocab);
    float[] out = new float[vocab];
    for (int t = 0; t < vocab; t++) {
      out[t] = (float) (Math.log(m[t] + alpha) - denominator);
    }
    return out;
  }

  double[] scores(SparseVector x) {
    int labels = logPrior.length;
    double[] out = new double[labels];
    if (multiLabel) {
      for (int c = 0; c < labels; c++) {
        double pos = logPrior[c] + dot(x, logLikelihood[c]);
        double neg = logPriorNot[c] + dot(x, logLikelihoodNot[c]);
        out[c] = 1.0 / (1.0 + Math.exp(neg - pos));
      }
      return out;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < labels; c++) {
      out[c] = logPrior[c] + dot(x, logLikelihood[c]);
      max = Math.max(max, out[c]);
    }
    double sum = 0;
    for (int c = 0; c < labels; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < labels; c++) {
      out[c] /= sum;
    }
    return out;
  }

  private static double dot(SparseVector x, float[] w) {
    double s = 0;
    for (int k = 0; k < x.size(); k++) {
      s += x.value(k) * (double) w[x.index(k)];
    }
    return s;
  }
}
