package org.fenlei.segment;

import java.util.List;

/**
 * The first stage of a chain: cuts characters into tokens. Implementations are immutable and safe to share;
 * everything a call scribbles on lives in its {@link Scratch}.
 */
interface Cutter {
  /**
   * Appends the tokens of {@code s[from, to)} to {@code out}, with offsets into {@code s}, cutting that range as
   * if it were the whole text. Whitespace is never part of a token.
   */
  void cut(char[] s, int from, int to, Scratch scratch, List<Token> out);
}
