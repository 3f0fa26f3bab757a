package org.fenlei.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses multi-label decision thresholds ("predict every label scoring at least t") on a development split,
 * exactly: every distinct score is a candidate. The global threshold maximises micro F1 over all
 * (document, label) pairs; each per-label threshold maximises that label's F1. A chosen threshold lies halfway
 * between the lowest accepted score and the next lower one, so that unseen scores near the boundary are
 * treated the same as on the development data. Among equal F1 the higher threshold wins.
 *
 * <p>Cost: sorting all {@code documents x labels} scores once, e.g. a second for 10,000 x 1,000.
 */
public final class ThresholdTuning {
  private ThresholdTuning() {}

  /**
   * Tuning options.
   *
   * @param minPositives labels with fewer positive development documents keep the global threshold
   */
  public record Options(int minPositives) {
    /**
     * Checks the values.
     *
     * @param minPositives at least 1
     */
    public Options {
      if (minPositives < 1) {
        throw new IllegalArgumentException("minPositives must be >= 1: " + minPositives);
      }
    }

    /** Five positives at least. */
    public Options() {
      this(5);
    }
  }

  /**
   * Tunes on development documents: {@code scores.get(d)} is document d's score vector in {@code labels} order
   * (as {@code TextClassifier.scores} returns it), {@code gold.get(d)} its gold labels.
   *
   * @param labels the model's labels, in score order
   * @param scores each development document's scores
   * @param gold each development document's gold labels
   * @param options tuning options
   * @return the global and per-label thresholds
   * @throws IllegalArgumentException for a gold label the model does not have, or mismatched sizes
   */
  public static TunedThresholds tune(List<String> labels, List<double[]> scores,
      List<? extends Collection<String>> gold, Options options) {
    Map<String, Integer> index = new HashMap<>();
    for (String l : labels) {
      index.put(l, index.size());
    }
    int[][] ids = new int[gold.size()][];
    for (int d = 0; d < ids.length; d++) {
      ids[d] = gold.get(d).stream().distinct().mapToInt(l -> {
        Integer i = index.get(l);
        if (i == null) {
          throw new IllegalArgumentException("gold label '" + l + "' is not among the model's labels");
        }
        return i;
      }).toArray();
    }
    return tune(scores.toArray(new double[0][]), ids, options);
  }

  /**
   * Per-label thresholds for a model's held-out documents: {@link #tune(double[][], int[][], Options)}'s, or
   * {@code fallback} when no document carries a label (a multi-label task's held-out documents can all be
   * unlabelled: nothing to tune on). The one rule every trainer that keeps documents aside follows.
   *
   * @param scores each held-out document's scores, one per label
   * @param gold {@code gold[d]}: the indices of document d's labels, possibly none
   * @param options tuning options
   * @param fallback the thresholds to keep when no document has a label
   * @return the per-label thresholds
   */
  public static double[] perLabelOr(double[][] scores, int[][] gold, Options options, double[] fallback) {
    for (int[] g : gold) {
      if (g.length > 0) {
        return tune(scores, gold, options).perLabel();
      }
    }
    return fallback;
  }

  /**
   * As {@link #tune(List, List, List, Options)} with label indices.
   *
   * @param scores each development document's scores, one per label
   * @param gold {@code gold[d]}: the indices of document d's labels
   * @param options tuning options
   * @return the global and per-label thresholds
   */
  public static TunedThresholds tune(double[][] scores, int[][] gold, Options options) {
    if (scores.length != gold.length || scores.length == 0) {
      throw new IllegalArgumentException("need as many gold label sets as score vectors, and at least one: "
          + scores.length + " vs " + gold.length);
    }
    int labels = scores[0].length;
    boolean[][] positive = new boolean[scores.length][labels];
    int[] support = new int[labels];
    long total = 0;
    for (int d = 0; d < scores.length; d++) {
      if (scores[d].length != labels) {
        throw new IllegalArgumentException("document " + d + " has " + scores[d].length + " scores, not " + labels);
      }
      for (int g : gold[d]) {
        positive[d][g] = true;
        support[g]++;
        total++;
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("the development data has no gold labels");
    }
    double[] pos = new double[(int) total];
    double[] neg = new double[scores.length * labels - (int) total];
    int np = 0;
    int nn = 0;
    for (int d = 0; d < scores.length; d++) {
      for (int l = 0; l < labels; l++) {
        if (positive[d][l]) {
          pos[np++] = scores[d][l];
        } else {
          neg[nn++] = scores[d][l];
        }
      }
    }
    double global = best(pos, neg)[0];
    double[] perLabel = new double[labels];
    for (int l = 0; l < labels; l++) {
      if (support[l] < options.minPositives()) {
        perLabel[l] = global;
        continue;
      }
      double[] p = new double[support[l]];
      double[] n = new double[scores.length - support[l]];
      int ip = 0;
      int in = 0;
      for (int d = 0; d < scores.length; d++) {
        if (positive[d][l]) {
          p[ip++] = scores[d][l];
        } else {
          n[in++] = scores[d][l];
        }
      }
      perLabel[l] = best(p, n)[0];
    }
    double[] globals = new double[labels];
    Arrays.fill(globals, global);
    return new TunedThresholds(global, perLabel, microF1(scores, positive, globals),
        microF1(scores, positive, perLabel));
  }

  /** {threshold, F1} maximising {@code 2TP / (TP + FP + P)} over "score >= t"; sorts its arguments. */
  static double[] best(double[] pos, double[] neg) {
    Arrays.sort(pos);
    Arrays.sort(neg);
    int ip = pos.length; // pos[ip..] and neg[in..] are accepted
    int in = neg.length;
    double bestF1 = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    double below = Double.NEGATIVE_INFINITY; // the next lower distinct score after the best
    while (ip > 0 || in > 0) {
      double v = next(pos, ip, neg, in);
      while (ip > 0 && pos[ip - 1] == v) {
        ip--;
      }
      while (in > 0 && neg[in - 1] == v) {
        in--;
      }
      long tp = pos.length - ip;
      long fp = neg.length - in;
      double f1 = 2.0 * tp / (tp + fp + pos.length);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestScore = v;
        below = next(pos, ip, neg, in);
      }
    }
    double mid = bestScore / 2 + below / 2;
    double t = Double.isFinite(below) && mid > below && mid <= bestScore ? mid : bestScore;
    return new double[] {t, bestF1};
  }

  /** The highest score not yet accepted, or -infinity when all are. */
  private static double next(double[] pos, int ip, double[] neg, int in) {
    return Math.max(ip > 0 ? pos[ip - 1] : Double.NEGATIVE_INFINITY, in > 0 ? neg[in - 1] : Double.NEGATIVE_INFINITY);
  }

  private static double microF1(double[][] scores, boolean[][] positive, double[] thresholds) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int d = 0; d < scores.length; d++) {
      for (int l = 0; l < thresholds.length; l++) {
        boolean predicted = scores[d][l] >= thresholds[l];
        tp += predicted && positive[d][l] ? 1 : 0;
        fp += predicted && !positive[d][l] ? 1 : 0;
        fn += !predicted && positive[d][l] ? 1 : 0;
      }
    }
    return 2.0 * tp / (2 * tp + fp + fn);
  }

  /**
   * A decision threshold on one label's scores and what it achieves on the documents it was chosen on.
   *
   * @param threshold predict the label when its score is at least this
   * @param precision the precision reached there
   * @param recall the recall reached there
   */
  public record PrecisionPoint(double threshold, double precision, double recall) {}

  /**
   * The lowest threshold (so the highest recall) whose precision reaches {@code target} on held-out scores:
   * exact, over every distinct score. A spam filter that must rarely flag a good message takes this.
   *
   * @param positives the label's scores of documents that have it
   * @param negatives its scores of documents that do not
   * @param target the precision to reach, in (0, 1]
   * @return the operating point
   * @throws IllegalArgumentException when no threshold reaches the target (naming the best precision) or there
   *     are no positives
   */
  public static PrecisionPoint forPrecision(double[] positives, double[] negatives, double target) {
    if (!(target > 0 && target <= 1)) {
      throw new IllegalArgumentException("target precision must be in (0, 1]: " + target);
    }
    if (positives.length == 0) {
      throw new IllegalArgumentException("no positive documents to choose a threshold on");
    }
    double[] pos = positives.clone();
    double[] neg = negatives.clone();
    Arrays.sort(pos);
    Arrays.sort(neg);
    int ip = pos.length;
    int in = neg.length;
    PrecisionPoint best = null;
    double bestPrecision = 0;
    // sweep distinct scores from the highest down: documents scoring >= t are predicted positive
    while (ip > 0 || in > 0) {
      double t = Math.max(ip > 0 ? pos[ip - 1] : Double.NEGATIVE_INFINITY, in > 0 ? neg[in - 1] : Double.NEGATIVE_INFINITY);
      while (ip > 0 && pos[ip - 1] >= t) {
        ip--;
      }
      while (in > 0 && neg[in - 1] >= t) {
        in--;
      }
      int tp = pos.length - ip;
      int fp = neg.length - in;
      double precision = (double) tp / (tp + fp);
      bestPrecision = Math.max(bestPrecision, precision);
      if (tp > 0 && precision >= target) {
        best = new PrecisionPoint(t, precision, (double) tp / pos.length);
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "no threshold reaches precision %.3f on these documents (best %.3f)", target, bestPrecision));
    }
    return best;
  }
}
