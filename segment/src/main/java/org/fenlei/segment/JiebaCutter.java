package org.fenlei.segment;

import java.util.List;

/**
 * Python jieba's precise mode ({@code Tokenizer.cut} with {@code cut_all=False}) over a {@link Lexicon}: the
 * text is split into blocks of {@code re_han_default} characters, each block is cut along the most probable
 * route through its word graph ({@code get_DAG}, {@code calc}), and single characters left over by the route
 * go to the HMM ({@code __cut_DAG}) or, with the HMM off, only have their Latin letters and digits rejoined
 * ({@code __cut_DAG_NO_HMM}). Whitespace outside blocks is dropped; every other character there is a token of
 * its own, a surrogate pair being one character. Immutable.
 */
final class JiebaCutter {
  private final Lexicon lexicon;
  private final HashTrie base;
  private final HashTrie user;
  private final boolean hasUser;
  private final double logTotal;
  /** The HMM stage, or null when the HMM is off. */
  private final FinalSeg finalSeg;

  JiebaCutter(Lexicon lexicon, HmmModel hmm) {
    this.lexicon = lexicon;
    this.base = lexicon.base;
    this.user = lexicon.user;
    this.hasUser = lexicon.hasUser;
    this.logTotal = lexicon.logTotal;
    this.finalSeg = hmm == null ? null : new FinalSeg(hmm, lexicon);
  }

  /** Appends the tokens of {@code s[from, to)} to {@code out}. */
  void cut(char[] s, int from, int to, Scratch scratch, List<Token> out) {
    int i = from;
    while (i < to) {
      char c = s[i];
      if (CharClass.isBlock(c)) {
        int j = i + 1;
        while (j < to && CharClass.isBlock(s[j])) {
          j++;
        }
        cutBlock(s, i, j, scratch, out);
        i = j;
      } else if (CharClass.isWhitespace(c)) {
        i++;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1]) ? i + 2 : i + 1;
        emit(s, i, j, out);
        i = j;
      }
    }
  }

  private void cutBlock(char[] s, int start, int end, Scratch scratch, List<Token> out) {
    scratch.ensureRoute(end - start);
    calc(s, start, end, scratch.route, scratch.next);
    if (finalSeg != null) {
      cutDag(s, start, end, scratch, out);
    } else {
      cutDagNoHmm(s, start, end, scratch.next, out);
    }
  }

  /**
   * jieba's {@code calc} over the implicit {@code get_DAG}: from the end of the block backwards,
   * {@code route[i] = max over words s[i..x] of log(freq or 1) - log(total) + route[x + 1]}, where the words at
   * {@code i} are the dictionary words (frequency > 0) starting there, or the single character when there are
   * none. Equal scores go to the longer word, as Python's {@code max} over {@code (score, x)} tuples does.
   * Arrays are indexed relative to {@code start}.
   */
  private void calc(char[] s, int start, int end, double[] route, int[] next) {
    int n = end - start;
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
        double logFreq;
        if (u != HashTrie.NO_NODE && user.freq(u) != HashTrie.NOT_A_WORD) {
          if (user.freq(u) == 0) {
            continue;
          }
          logFreq = user.logFreq(u);
        } else if (b != HashTrie.NO_NODE) {
          if (base.freq(b) <= 0) {
            continue;
          }
          logFreq = base.logFreq(b);
        } else if (u == HashTrie.NO_NODE) {
          break;
        } else {
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

  /**
   * {@code __cut_DAG}: words of the route are emitted; runs of single characters are buffered and then emitted
   * as they are (a run of one), character by character (a run that is itself a dictionary word), or through
   * the HMM.
   */
  private void cutDag(char[] s, int start, int end, Scratch scratch, List<Token> out) {
    int[] next = scratch.next;
    int buf = -1;
    int x = start;
    while (x < end) {
      int y = start + next[x - start];
      if (y - x == 1) {
        if (buf < 0) {
          buf = x;
        }
      } else {
        if (buf >= 0) {
          flush(s, buf, x, scratch, out);
          buf = -1;
        }
        emit(s, x, y, out);
      }
      x = y;
    }
    if (buf >= 0) {
      flush(s, buf, end, scratch, out);
    }
  }

  private void flush(char[] s, int start, int end, Scratch scratch, List<Token> out) {
    if (end - start == 1) {
      emit(s, start, end, out);
    } else if (lexicon.freq(s, start, end) > 0) {
      for (int i = start; i < end; i++) {
        emit(s, i, i + 1, out);
      }
    } else {
      finalSeg.cut(s, start, end, scratch, out);
    }
  }

  /** {@code __cut_DAG_NO_HMM}: the route's words, with consecutive single {@code [a-zA-Z0-9]} joined. */
  private static void cutDagNoHmm(char[] s, int start, int end, int[] next, List<Token> out) {
    int buf = -1;
    int x = start;
    while (x < end) {
      int y = start + next[x - start];
      if (y - x == 1 && CharClass.isAsciiAlnum(s[x])) {
        if (buf < 0) {
          buf = x;
        }
      } else {
        if (buf >= 0) {
          emit(s, buf, x, out);
          buf = -1;
        }
        emit(s, x, y, out);
      }
      x = y;
    }
    if (buf >= 0) {
      emit(s, buf, end, out);
    }
  }

  static void emit(char[] s, int start, int end, List<Token> out) {
    out.add(new Token(new String(s, start, end - start), start, end));
  }
}
