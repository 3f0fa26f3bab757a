package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * LDA topic proportions. Topics are learnt with MALLET's {@code ParallelTopicModel} (Gibbs sampling with
 * hyper-parameter optimisation); a document's proportions come from fold-in Gibbs sampling against the fixed
 * topic-word distributions {@code phi}, {@code p(z = k) ~ (n_dk + alpha_k) phi_kw}, averaged after burn-in.
 * The sampler is seeded from the document's words, so the same text always gets the same proportions, on any
 * thread. Only {@code alpha}, the words and {@code phi} are stored.
 */
final class Lda implements DenseBlock {
  static final String NAME = "lda";
  static final int ITERATIONS = 40;
  static final int BURN_IN = 10;

  private final Map<String, Integer> words;
  private final String[] wordList;
  private final double[] alpha;
  private final float[][] phi; // [word][topic]

  Lda(String[] wordList, double[] alpha, float[][] phi) {
    this.wordList = wordList;
    this.alpha = alpha;
    this.phi = phi;
    this.words = new HashMap<>(wordList.length * 2);
    for (int i = 0; i < wordList.length; i++) {
      words.put(wordList[i], i);
    }
  }

  /**
   * Learns {@code topics} topics from the training documents' words with MALLET, an optional dependency: only
   * training LDA features needs it, reading and using them does not.
   *
   * @param docs each training document's words
   * @param topics the number of topics
   * @param iterations Gibbs sweeps
   * @param threads MALLET's threads
   * @param seed its random seed
   * @return the fitted block
   * @throws IllegalStateException when MALLET is not on the class path
   */
  static Lda fit(List<List<String>> docs, int topics, int iterations, int threads, long seed) {
    try {
      return LdaTraining.fit(docs, topics, iterations, threads, seed);
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("LDA features (fuse=lda) are trained with MALLET: add cc.mallet:mallet 2.1.1 "
          + "to the class path (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return alpha.length;
  }

  @Override
  public void compute(List<String> doc, SparseVector bag, float[] out, int offset) {
    int k = alpha.length;
    int[] tokens = doc.stream().map(words::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
        .toArray();
    if (tokens.length == 0) {
      double sum = 0;
      for (double a : alpha) {
        sum += a;
      }
      for (int t = 0; t < k; t++) {
        out[offset + t] = (float) (alpha[t] / sum);
      }
      return;
    }
    long seed = 0x9E3779B97F4A7C15L;
    for (int w : tokens) {
      seed = seed * 31 + w;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] z = new int[tokens.length];
    int[] nd = new int[k];
    for (int i = 0; i < tokens.length; i++) {
      z[i] = random.nextInt(k);
      nd[z[i]]++;
    }
    double[] p = new double[k];
    double[] theta = new double[k];
    for (int it = 0; it < ITERATIONS; it++) {
      for (int i = 0; i < tokens.length; i++) {
        nd[z[i]]--;
        float[] ph = phi[tokens[i]];
        double sum = 0;
        for (int t = 0; t < k; t++) {
          sum += (nd[t] + alpha[t]) * ph[t];
          p[t] = sum;
        }
        double u = random.nextDouble() * sum;
        int t = 0;
        while (t < k - 1 && p[t] <= u) {
          t++;
        }
        z[i] = t;
        nd[t]++;
      }
      if (it >= BURN_IN) {
        for (int t = 0; t < k; t++) {
          theta[t] += nd[t];
        }
      }
    }
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    int samples = ITERATIONS - BURN_IN;
    for (int t = 0; t < k; t++) {
      out[offset + t] = (float) ((theta[t] / samples + alpha[t]) / (tokens.length + alphaSum));
    }
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(alpha.length);
    for (double a : alpha) {
      out.writeDouble(a);
    }
    out.writeInt(wordList.length);
    for (int w = 0; w < wordList.length; w++) {
      out.writeUTF(wordList[w]);
      for (float f : phi[w]) {
        out.writeFloat(f);
      }
    }
  }

  static Lda read(DataInput in) throws IOException {
    int k = in.readInt();
    if (k <= 0 || k > 100_000) {
      throw new IOException("invalid topic count " + k);
    }
    double[] alpha = new double[k];
    for (int t = 0; t < k; t++) {
      alpha[t] = in.readDouble();
    }
    int v = in.readInt();
    if (v < 0) {
      throw new IOException("invalid LDA vocabulary size " + v);
    }
    String[] wordList = new String[v];
    float[][] phi = new float[v][k];
    for (int w = 0; w < v; w++) {
      wordList[w] = in.readUTF();
      for (int t = 0; t < k; t++) {
        phi[w][t] = in.readFloat();
      }
    }
    return new Lda(wordList, alpha, phi);
  }
}
