package org.fenlei.eval;

import java.util.List;

/** Where gold labels fall among a document's scores: the digest a {@link Row} keeps and the metrics on it. */
final class Ranking {
  private Ranking() {}

  enum Kind { HIT, PRECISION, RECALL }

  /** A row keeping the gold labels' scores and ranks and the best {@link Evaluation#TOP} scores. */
  static Row row(String id, String text, int[] gold, int[] predicted, double[] predictedScores, double[] scores,
      List<String> labels) {
    double[] gs = new double[gold.length];
    int[] ranks = new int[gold.length];
    for (int i = 0; i < gold.length; i++) {
      boolean known = gold[i] < scores.length;
      gs[i] = known ? scores[gold[i]] : Double.NaN;
      ranks[i] = known ? rank(scores, gold[i], labels) : Integer.MAX_VALUE;
    }
    int[] top = top(scores, labels);
    double[] ts = new double[top.length];
    for (int i = 0; i < top.length; i++) {
      ts[i] = scores[top[i]];
    }
    return new Row(id, text, gold, predicted, predictedScores, gs, ranks, top, ts);
  }

  /** Orders labels as {@code TextClassifier.decide} does: score descending, then label name. */
  private static boolean before(double[] s, int a, int b, List<String> labels) {
    return s[a] > s[b] || s[a] == s[b] && labels.get(a).compareTo(labels.get(b)) < 0;
  }

  /** 1-based rank of label {@code g}. */
  static int rank(double[] s, int g, List<String> labels) {
    int r = 1;
    for (int j = 0; j < s.length; j++) {
      r += j != g && before(s, j, g, labels) ? 1 : 0;
    }
    return r;
  }

  /** The best {@link Evaluation#TOP} labels, best first. */
  static int[] top(double[] s, List<String> labels) {
    int k = Math.min(Evaluation.TOP, s.length);
    int[] best = new int[k];
    int n = 0;
    for (int j = 0; j < s.length; j++) {
      if (n == k && !before(s, j, best[k - 1], labels)) {
        continue;
      }
      int at = n < k ? n++ : k - 1;
      while (at > 0 && before(s, j, best[at - 1], labels)) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = j;
    }
    return best;
  }

  /**
   * Mean over documents of: HIT, 1 when a gold label is among the {@code k} best (multi-class top-k accuracy);
   * PRECISION, gold labels among the k best / k; RECALL, gold labels among the k best / gold labels.
   */
  static double atK(List<Row> rows, int k, Kind kind) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be > 0: " + k);
    }
    double sum = 0;
    for (Row r : rows) {
      int hits = 0;
      for (int rank : r.goldRanks()) {
        hits += rank <= k ? 1 : 0;
      }
      sum += switch (kind) {
        case HIT -> hits > 0 ? 1 : 0;
        case PRECISION -> (double) hits / k;
        case RECALL -> r.gold().length == 0 ? 0 : (double) hits / r.gold().length;
      };
    }
    return Counts.ratio(sum, rows.size());
  }
}
