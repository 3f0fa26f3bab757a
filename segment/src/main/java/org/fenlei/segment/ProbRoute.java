package org.fenlei.segment;

/**
 * Python jieba's {@code calc} over the implicit {@code get_DAG}: from the end of the block backwards,
 * {@code route[i] = max over words s[i..x] of log(freq or 1) - log(total) + route[x + 1]}, where the words at
 * {@code i} are the dictionary words (frequency > 0) starting there, or the single character when there are
 * none. Equal scores go to the longer word, as Python's {@code max} over {@code (score, x)} tuples does.
 */
final class ProbRoute implements Route {
  private final HashTrie base;
  private final HashTrie user;
  private final boolean hasUser;
  private final double logTotal;

  ProbRoute(Lexicon lexicon) {
    this.base = lexicon.base;
    this.user = lexicon.user;
    this.hasUser = lexicon.hasUser;
    this.logTotal = lexicon.logTotal;
  }

  @Override
  public void calc(char[] s, int start, int end, Scratch scratch) {
    int n = end - start;
    double[] route = scratch.route;
    int[] next = scratch.next;
    route[n] = 0.0;
    for (int idx = n - 1; idx >= 0; idx--) {
      double best = Double.NEGATIVE_INFINITY;
      int bestEnd = -1;
      int b = HashTrie.ROOT;
      int u = hasUser ? HashTrie.ROOT : HashTrie.NO_NODE;
      for (int x = idx; x < n; x++) {
        char c = s[start + x];
        if (b != HashTrie.NO_NODE) {
          b = base.child(b, c);
        }
        if (u != HashTrie.NO_NODE) {
          u = user.child(u, c);
        }
        // a user word (NaN: not one) replaces the dictionary's; -inf (frequency 0) and NaN (a prefix) are skipped
        double logFreq = u != HashTrie.NO_NODE ? user.logFreq(u) : Double.NaN;
        if (Double.isNaN(logFreq)) {
          if (b != HashTrie.NO_NODE) {
            logFreq = base.logFreq(b);
          } else if (u == HashTrie.NO_NODE) {
            break;
          } else {
            continue;
          }
        }
        if (!(logFreq > Double.NEGATIVE_INFINITY)) {
          continue;
        }
        double score = logFreq - logTotal + route[x + 1];
        if (score >= best) {
          best = score;
          bestEnd = x + 1;
        }
      }
      if (bestEnd < 0) { // no word starts here: the character alone, log(1) = 0
        best = 0.0 - logTotal + route[idx + 1];
        bestEnd = idx + 1;
      }
      route[idx] = best;
      next[idx] = bestEnd;
    }
  }
}
