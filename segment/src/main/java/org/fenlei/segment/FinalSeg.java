package org.fenlei.segment;

import java.util.List;

/**
 * jieba's {@code finalseg.cut}: segments a run of characters that the dictionary left as single characters.
 * Runs of {@code [\u4E00-\u9FD5]} go through the HMM's Viterbi path; the rest is split as
 * {@code re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?)} splits it, so Latin words and numbers such as {@code 3.14%} stay
 * whole and the pieces between them are emitted as they are.
 */
final class FinalSeg {
  private final HmmModel model;
  private final Lexicon lexicon;
  /** Whether user words given without a frequency win over the HMM's words. */
  private final boolean userFirst;

  FinalSeg(HmmModel model, Lexicon lexicon, boolean userFirst) {
    this.model = model;
    this.lexicon = lexicon;
    this.userFirst = userFirst;
  }

  void cut(char[] s, int start, int end, Scratch scratch, List<Token> out) {
    int i = start;
    while (i < end) {
      int j = i + 1;
      if (CharClass.isHan(s[i])) {
        while (j < end && CharClass.isHan(s[j])) {
          j++;
        }
        viterbiCut(s, i, j, scratch, out);
      } else {
        while (j < end && !CharClass.isHan(s[j])) {
          j++;
        }
        skipCut(s, i, j, out);
      }
      i = j;
    }
  }

  /** {@code re_skip.split}: alphanumeric words with an optional {@code .digits} and {@code %}, and the gaps. */
  private static void skipCut(char[] s, int start, int end, List<Token> out) {
    int p = start;
    while (p < end) {
      int q = p + 1;
      if (CharClass.isAsciiAlnum(s[p])) {
        while (q < end && CharClass.isAsciiAlnum(s[q])) {
          q++;
        }
        if (q + 1 < end && s[q] == '.' && CharClass.isAsciiDigit(s[q + 1])) {
          q += 2;
          while (q < end && CharClass.isAsciiDigit(s[q])) {
            q++;
          }
        }
        if (q < end && s[q] == '%') {
          q++;
        }
      } else {
        while (q < end && !CharClass.isAsciiAlnum(s[q])) {
          q++;
        }
      }
      JiebaCutter.emit(s, p, q, out);
      p = q;
    }
  }

  /** {@code finalseg.__cut}: the Viterbi path over B/E/M/S, then words from B..E and single S characters. */
  private void viterbiCut(char[] s, int start, int end, Scratch scratch, List<Token> out) {
    int n = end - start;
    scratch.ensureViterbi(n);
    byte[] states = scratch.states;
    viterbi(s, start, n, scratch.back, states);
    int begin = 0;
    int nexti = 0;
    for (int i = 0; i < n; i++) {
      switch (states[i]) {
        case HmmModel.B -> begin = i;
        case HmmModel.E -> {
          word(s, start + begin, start + i + 1, out);
          nexti = i + 1;
        }
        case HmmModel.S -> {
          JiebaCutter.emit(s, start + i, start + i + 1, out);
          nexti = i + 1;
        }
        default -> { }
      }
    }
    if (nexti < n) {
      word(s, start + nexti, end, out);
    }
  }

  /**
   * Emits an HMM word, or its characters when the user dictionary forces it apart: a user word of frequency 0,
   * or (when user words take precedence) a word made only of characters that are user words given without a
   * frequency, which the user said are words on their own.
   */
  private void word(char[] s, int start, int end, List<Token> out) {
    if (end - start > 1 && (lexicon.isForceSplit(s, start, end)
        || (userFirst && lexicon.allPreferredChars(s, start, end)))) {
      for (int i = start; i < end; i++) {
        JiebaCutter.emit(s, i, i + 1, out);
      }
    } else {
      JiebaCutter.emit(s, start, end, out);
    }
  }

  /**
   * {@code finalseg.viterbi}, with Python's tie rules: {@code max} over {@code (prob, state)} tuples prefers
   * the larger state letter when probabilities are equal, which happens often once {@code MIN_FLOAT} terms
   * swamp the sums. Each sum is formed in Python's order, {@code (V[t-1][y0] + trans) + emit}.
   */
  private void viterbi(char[] s, int start, int n, byte[] back, byte[] states) {
    final int b = HmmModel.B;
    final int e = HmmModel.E;
    final int m = HmmModel.M;
    final int sg = HmmModel.S;
    int row = HmmModel.row(s[start]);
    double vB = model.start(b) + model.emit(row, b);
    double vE = model.start(e) + model.emit(row, e);
    double vM = model.start(m) + model.emit(row, m);
    double vS = model.start(sg) + model.emit(row, sg);
    for (int t = 1; t < n; t++) {
      row = HmmModel.row(s[start + t]);
      int bt = t * HmmModel.STATES;
      double em = model.emit(row, b); // B <- E or S
      double p1 = vE + model.trans(e, b) + em;
      double p2 = vS + model.trans(sg, b) + em;
      double nB = p2 >= p1 ? p2 : p1;
      back[bt + b] = (byte) (p2 >= p1 ? sg : e);
      em = model.emit(row, m); // M <- M or B
      p1 = vM + model.trans(m, m) + em;
      p2 = vB + model.trans(b, m) + em;
      double nM = p1 >= p2 ? p1 : p2;
      back[bt + m] = (byte) (p1 >= p2 ? m : b);
      em = model.emit(row, sg); // S <- S or E
      p1 = vS + model.trans(sg, sg) + em;
      p2 = vE + model.trans(e, sg) + em;
      double nS = p1 >= p2 ? p1 : p2;
      back[bt + sg] = (byte) (p1 >= p2 ? sg : e);
      em = model.emit(row, e); // E <- B or M
      p1 = vB + model.trans(b, e) + em;
      p2 = vM + model.trans(m, e) + em;
      double nE = p2 >= p1 ? p2 : p1;
      back[bt + e] = (byte) (p2 >= p1 ? m : b);
      vB = nB;
      vE = nE;
      vM = nM;
      vS = nS;
    }
    int state = vS >= vE ? sg : e;
    for (int t = n - 1; t > 0; t--) {
      states[t] = (byte) state;
      state = back[t * HmmModel.STATES + state];
    }
    states[0] = (byte) state;
  }
}
