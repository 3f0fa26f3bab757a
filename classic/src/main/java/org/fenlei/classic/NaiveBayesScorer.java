package org.fenlei.classic;

import org.fenlei.features.SparseVector;

/**
 * The log-probability tables of a Naive Bayes model, derived once from its counts, and the scoring of one
 * feature vector against them. Multi-class scores are the posterior over labels; multi-label scores are, per
 * label, the two-class posterior of "label" against "not label" (the documents without it).
 */
final class NaiveBayesScorer {
  private final NaiveBayes.Variant variant;
  private final boolean multiLabel;
  private final double[] logPrior; // [label]
  private final double[] logPriorNot; // multi-label: log P(not l)
  /**
   * What a unit of each term adds to each label's log-likelihood, term-major so that scoring reads one run of
   * {@code labels} floats per term of a document: term {@code t}, label {@code c} at
   * {@code [t >>> BLOCK_BITS][(t & BLOCK_MASK) * labels + c]} (blocks keep every array under 2^31 elements).
   */
  private final float[][] weights;
  private final float[][] weightsNot; // multi-label: the same for "not l"
  private static final int BLOCK_BITS = 16;
  private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;
  private final double[] base; // Bernoulli: sum_j log(1 - p_lj), the log-likelihood of an empty document
  private final double[] baseNot;

  /**
   * @param mass per label, the summed feature values of its documents (Bernoulli: the documents containing
   *     each term)
   * @param totalMass the same over all documents
   */
  NaiveBayesScorer(NaiveBayes.Variant variant, double alpha, double docs, double[] docCounts, float[][] mass,
      float[] totalMass, boolean multiLabel) {
    this(variant, alpha, docs, docCounts, mass, totalMass, multiLabel, totalMass.length);
  }

  /**
   * As above over a vocabulary of {@code vocabulary} terms of which the mass arrays may hold only some columns
   * (the terms some documents to be scored contain) plus one last column with the summed mass of all the others,
   * so that the smoothing denominators stay those of the whole vocabulary. Multinomial and complement only: a
   * Bernoulli table needs every term.
   */
  NaiveBayesScorer(NaiveBayes.Variant variant, double alpha, double docs, double[] docCounts, float[][] mass,
      float[] totalMass, boolean multiLabel, int vocabulary) {
    if (vocabulary != totalMass.length && variant == NaiveBayes.Variant.BERNOULLI) {
      throw new IllegalArgumentException("a Bernoulli table needs every term");
    }
    this.variant = variant;
    this.multiLabel = multiLabel;
    int labels = docCounts.length;
    logPrior = new double[labels];
    float[][] weight = new float[labels][];
    base = new double[labels];
    logPriorNot = multiLabel ? new double[labels] : null;
    float[][] weightNot = multiLabel ? new float[labels][] : null;
    baseNot = multiLabel ? new double[labels] : null;
    for (int c = 0; c < labels; c++) {
      float[] not = complement(totalMass, mass[c]);
      double docsNot = docs - docCounts[c];
      if (multiLabel) {
        logPrior[c] = Math.log((docCounts[c] + 1) / (docs + 2));
        logPriorNot[c] = Math.log((docsNot + 1) / (docs + 2));
      } else {
        logPrior[c] = Math.log(docCounts[c] / docs);
      }
      switch (variant) {
        case MULTINOMIAL -> {
          weight[c] = logProbabilities(mass[c], alpha, vocabulary);
          if (multiLabel) {
            weightNot[c] = logProbabilities(not, alpha, vocabulary);
          }
        }
        case COMPLEMENT -> {
          // Rennie et al. 2003: a label's evidence is how unlike its complement's term distribution the text is
          weight[c] = negate(logProbabilities(not, alpha, vocabulary));
          if (multiLabel) {
            weightNot[c] = negate(logProbabilities(mass[c], alpha, vocabulary));
          }
        }
        case BERNOULLI -> {
          base[c] = bernoulli(mass[c], docCounts[c], alpha, weight, c);
          if (multiLabel) {
            baseNot[c] = bernoulli(not, docsNot, alpha, weightNot, c);
          }
        }
        default -> throw new IllegalStateException(variant.name());
      }
    }
    weights = termMajor(weight);
    weightsNot = multiLabel ? termMajor(weightNot) : null;
  }

  private static float[][] termMajor(float[][] byLabel) {
    int labels = byLabel.length;
    int terms = byLabel[0].length;
    float[][] blocks = new float[(terms + BLOCK_MASK) >>> BLOCK_BITS][];
    for (int b = 0; b < blocks.length; b++) {
      int from = b << BLOCK_BITS;
      int n = Math.min(terms - from, 1 << BLOCK_BITS);
      float[] block = new float[n * labels];
      for (int c = 0; c < labels; c++) {
        float[] row = byLabel[c];
        for (int i = 0; i < n; i++) {
          block[i * labels + c] = row[from + i];
        }
      }
      blocks[b] = block;
    }
    return blocks;
  }

  private static float[] complement(float[] total, float[] part) {
    float[] out = new float[total.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = Math.max(0, total[t] - part[t]);
    }
    return out;
  }

  private static float[] negate(float[] a) {
    for (int i = 0; i < a.length; i++) {
      a[i] = -a[i];
    }
    return a;
  }

  /** log P(t | class) with Lidstone smoothing: {@code (m_t + alpha) / (sum m + alpha V)}. */
  private static float[] logProbabilities(float[] mass, double alpha, int vocabulary) {
    double sum = 0;
    for (float m : mass) {
      sum += m;
    }
    double denominator = Math.log(sum + alpha * vocabulary);
    float[] out = new float[mass.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = (float) (Math.log(mass[t] + alpha) - denominator);
    }
    return out;
  }

  /**
   * Bernoulli tables: {@code p_t = (df_t + alpha) / (n + 2 alpha)}; a present term adds
   * {@code log p_t - log(1 - p_t)} to the base {@code sum_t log(1 - p_t)}. Fills {@code into[c]}.
   */
  private static double bernoulli(float[] df, double n, double alpha, float[][] into, int c) {
    float[] w = new float[df.length];
    double base = 0;
    for (int t = 0; t < df.length; t++) {
      double p = (df[t] + alpha) / (n + 2 * alpha);
      double absent = Math.log1p(-p);
      base += absent;
      w[t] = (float) (Math.log(p) - absent);
    }
    into[c] = w;
    return base;
  }

  double[] scores(SparseVector x) {
    int labels = logPrior.length;
    double[] ev = evidence(x, weights, labels);
    double[] out = new double[labels];
    if (multiLabel) {
      double[] evNot = evidence(x, weightsNot, labels);
      for (int c = 0; c < labels; c++) {
        double pos = logPrior[c] + base[c] + ev[c];
        double neg = logPriorNot[c] + baseNot[c] + evNot[c];
        out[c] = 1.0 / (1.0 + Math.exp(neg - pos));
      }
      return out;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < labels; c++) {
      // scikit-learn's ComplementNB leaves the prior out
      double prior = variant == NaiveBayes.Variant.COMPLEMENT ? 0 : logPrior[c];
      out[c] = prior + base[c] + ev[c];
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

  /** Per label, the sum over the vector's terms of value x weight, terms in order (as a per-label loop would). */
  private double[] evidence(SparseVector x, float[][] w, int labels) {
    double[] s = new double[labels];
    boolean presence = variant == NaiveBayes.Variant.BERNOULLI; // Bernoulli looks at presence only
    for (int k = 0; k < x.size(); k++) {
      int t = x.index(k);
      double v = presence ? 1.0 : x.value(k);
      float[] block = w[t >>> BLOCK_BITS];
      int off = (t & BLOCK_MASK) * labels;
      for (int c = 0; c < labels; c++) {
        s[c] += v * block[off + c];
      }
    }
    return s;
  }
}
