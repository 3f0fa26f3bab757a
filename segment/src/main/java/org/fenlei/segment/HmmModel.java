package org.fenlei.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * jieba's unknown-word HMM ({@code finalseg}): states B (begin), E (end), M (middle), S (single), with log
 * start, transition and emission probabilities. States are numbered in the order of their letters, so that
 * "larger state wins a tie" reproduces Python's {@code max} over {@code (prob, state)} tuples.
 */
final class HmmModel {
  static final int B = 0;
  static final int E = 1;
  static final int M = 2;
  static final int S = 3;
  static final int STATES = 4;
  private static final String LETTERS = "BEMS";

  /** jieba's {@code MIN_FLOAT}: the log probability of anything the model has not seen. */
  static final double MIN_FLOAT = -3.14e100;

  /** {@code finalseg/prob_start.py}. */
  private static final double[] START = {-0.26268660809250016, MIN_FLOAT, MIN_FLOAT, -1.4652633398537678};

  /** {@code finalseg/prob_trans.py}, {@code [from * STATES + to]}; impossible moves are never asked for. */
  private static final double[] TRANS = new double[STATES * STATES];

  static {
    Arrays.fill(TRANS, MIN_FLOAT);
    TRANS[B * STATES + E] = -0.510825623765990;
    TRANS[B * STATES + M] = -0.916290731874155;
    TRANS[E * STATES + B] = -0.5897149736854513;
    TRANS[E * STATES + S] = -0.8085250474669937;
    TRANS[M * STATES + E] = -0.33344856811948514;
    TRANS[M * STATES + M] = -1.2603623820268226;
    TRANS[S * STATES + B] = -0.7211965654669841;
    TRANS[S * STATES + S] = -0.6658631448798212;
  }

  /**
   * Log emission probabilities {@code [(c - HAN_FIRST) * STATES + state]}; the HMM only ever sees characters
   * of {@code [\u4E00-\u9FD5]}, so entries for other characters are dropped.
   */
  private final double[] emit;

  private HmmModel(double[] emit) {
    this.emit = emit;
  }

  double start(int state) {
    return START[state];
  }

  double trans(int from, int to) {
    return TRANS[from * STATES + to];
  }

  /** Offset of {@code c}'s four emission entries, for {@link #emit(int, int)}. */
  static int row(char c) {
    return (c - CharClass.HAN_FIRST) * STATES;
  }

  double emit(int row, int state) {
    return emit[row + state];
  }

  /**
   * Reads jieba-analysis's {@code prob_emit.txt}: a line holding a state letter, then {@code char<TAB>logprob}
   * lines for that state, for each of the four states.
   */
  static HmmModel read(InputStream in, String name) {
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HMM emission table " + name, e);
    }
    double[] emit = new double[(CharClass.HAN_LAST - CharClass.HAN_FIRST + 1) * STATES];
    Arrays.fill(emit, MIN_FLOAT);
    boolean[] seen = new boolean[STATES];
    String text = new String(bytes, StandardCharsets.UTF_8);
    int state = -1;
    int lineNo = 0;
    for (int pos = 0; pos < text.length(); ) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = text.length();
      }
      lineNo++;
      String line = text.substring(pos, eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol);
      pos = eol + 1;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        state = line.length() == 1 ? LETTERS.indexOf(line.charAt(0)) : -1;
        if (state < 0 || seen[state]) {
          throw new IllegalStateException(name + ":" + lineNo + ": expected a new state letter B, E, M or S: '"
              + line + "'");
        }
        seen[state] = true;
        continue;
      }
      if (state < 0 || tab != 1 || Character.isSurrogate(line.charAt(0))) {
        throw new IllegalStateException(name + ":" + lineNo + ": expected 'char<TAB>logprob': '" + line + "'");
      }
      double p;
      try {
        p = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(name + ":" + lineNo + ": bad log probability: '" + line + "'", e);
      }
      char c = line.charAt(0);
      if (CharClass.isHan(c)) {
        emit[row(c) + state] = p;
      }
    }
    for (int s = 0; s < STATES; s++) {
      if (!seen[s]) {
        throw new IllegalStateException(name + ": no emission probabilities for state " + LETTERS.charAt(s));
      }
    }
    return new HmmModel(emit);
  }
}
