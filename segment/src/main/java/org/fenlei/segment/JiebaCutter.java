package org.fenlei.segment;

import java.util.List;

/**
 * Python jieba's precise mode ({@code Tokenizer.cut} with {@code cut_all=False}) over a {@link Lexicon}: the
 * text is split into blocks of {@code re_han_default} characters, each block is cut along the route through its
 * word graph ({@code get_DAG}, {@code calc}: {@link ProbRoute}, or {@link UserFirstRoute} when user words take
 * precedence), and single characters left over by the route go to the HMM ({@code __cut_DAG}) or, with the HMM
 * off, only have their Latin letters and digits rejoined ({@code __cut_DAG_NO_HMM}). Whitespace outside blocks
 * is dropped; every other character there is a token of its own, a surrogate pair being one character.
 * Immutable.
 */
final class JiebaCutter implements Cutter {
  private final Lexicon lexicon;
  private final Route route;
  /** The HMM stage, or null when the HMM is off. */
  private final FinalSeg finalSeg;

  /**
   * @param hmm the unknown-word HMM, or null for none
   * @param userFirst whether user words given without a frequency take precedence ({@link UserFirstRoute});
   *     false is Python jieba's {@code load_userdict} behaviour
   */
  JiebaCutter(Lexicon lexicon, HmmModel hmm, boolean userFirst) {
    this.lexicon = lexicon;
    boolean preferred = userFirst && lexicon.hasPreferred;
    this.route = preferred ? new UserFirstRoute(lexicon) : new ProbRoute(lexicon);
    this.finalSeg = hmm == null ? null : new FinalSeg(hmm, lexicon, preferred);
  }

  @Override
  public void cut(char[] s, int from, int to, Scratch scratch, List<Token> out) {
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
    route.calc(s, start, end, scratch);
    if (finalSeg != null) {
      cutDag(s, start, end, scratch, out);
    } else {
      cutDagNoHmm(s, start, end, scratch.next, out);
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

  /**
   * A run of single characters: one alone is emitted; a run that is a dictionary word is emitted character by
   * character; any other run goes to the HMM.
   */
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
