package org.fenlei.segment;

/**
 * The route when user words given without a frequency ({@link HashTrie#PREFERRED}) take precedence: among all
 * routes through the block's word graph it takes those that cover the most characters with such words, and among
 * them the most probable one, as {@link ProbRoute} scores it. The pair {@code (covered, logProb)} is compared
 * lexicographically and both parts add up along the route, so the same backward pass finds the best route:
 * {@code cover[i] = max over words w at i of (|w| if w is preferred, else 0) + cover[i + |w|]}.
 *
 * <p>So a preferred user word always beats the default dictionary's split of the same characters, and also a
 * longer default word that crosses it: with {@code 中国} and {@code 科学院} as user words,
 * {@code 中国科学院} is cut {@code 中国 / 科学院} although the default dictionary holds the whole name.
 * Python jieba's {@code load_userdict} gives such words only a frequency just above their split
 * ({@code suggest_freq}), which loses as soon as a neighbour pulls a character away. (The HMM, the lowest
 * source of words, yields too: {@code FinalSeg} splits an HMM word made only of single-character preferred words.)
 */
final class UserFirstRoute implements Route {
  private final HashTrie base;
  private final HashTrie user;
  private final double logTotal;

  UserFirstRoute(Lexicon lexicon) {
    this.base = lexicon.base;
    this.user = lexicon.user;
    this.logTotal = lexicon.logTotal;
  }

  @Override
  public void calc(char[] s, int start, int end, Scratch scratch) {
    int n = end - start;
    double[] route = scratch.route;
    int[] next = scratch.next;
    int[] cover = scratch.cover;
    route[n] = 0.0;
    cover[n] = 0;
    for (int idx = n - 1; idx >= 0; idx--) {
      double best = Double.NEGATIVE_INFINITY;
      int bestCover = -1;
      int bestEnd = -1;
      int b = HashTrie.ROOT;
      int u = HashTrie.ROOT;
      for (int x = idx; x < n; x++) {
        char c = s[start + x];
        if (b != HashTrie.NO_NODE) {
          b = base.child(b, c);
        }
        if (u != HashTrie.NO_NODE) {
          u = user.child(u, c);
        }
        double logFreq = u != HashTrie.NO_NODE ? user.logFreq(u) : Double.NaN;
        int covered = 0;
        if (Double.isNaN(logFreq)) { // not a user word: the dictionary's
          if (b != HashTrie.NO_NODE) {
            logFreq = base.logFreq(b);
          } else if (u == HashTrie.NO_NODE) {
            break;
          } else {
            continue;
          }
        } else if (user.isPreferred(u)) {
          covered = x + 1 - idx;
        }
        if (!(logFreq > Double.NEGATIVE_INFINITY)) { // frequency 0 or a mere prefix
          continue;
        }
        double score = logFreq - logTotal + route[x + 1];
        covered += cover[x + 1];
        if (covered > bestCover || (covered == bestCover && score >= best)) {
          best = score;
          bestCover = covered;
          bestEnd = x + 1;
        }
      }
      if (bestEnd < 0) {
        best = 0.0 - logTotal + route[idx + 1];
        bestCover = cover[idx + 1];
        bestEnd = idx + 1;
      }
      route[idx] = best;
      cover[idx] = bestCover;
      next[idx] = bestEnd;
    }
  }
}
