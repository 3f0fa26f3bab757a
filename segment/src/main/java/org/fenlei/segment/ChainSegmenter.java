package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A segmenter as a chain of stages, as {@link Segmenters#create} composes it: character folds, then a cutter,
 * then token filters in order. Immutable; all working state lives in a per-call {@link Scratch}.
 */
final class ChainSegmenter implements Segmenter {
  private final SegmenterConfig config;
  private final CharFold[] folds;
  private final Cutter cutter;
  private final TokenFilter[] filters;

  ChainSegmenter(SegmenterConfig config, List<CharFold> folds, Cutter cutter, List<TokenFilter> filters) {
    this.config = config;
    this.folds = folds.toArray(new CharFold[0]);
    this.cutter = cutter;
    this.filters = filters.toArray(new TokenFilter[0]);
  }

  @Override
  public List<Token> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] s = new char[n];
    if (text instanceof String str) {
      str.getChars(0, n, s, 0);
    } else {
      for (int i = 0; i < n; i++) {
        s[i] = text.charAt(i);
      }
    }
    for (CharFold fold : folds) {
      fold.apply(s, n);
    }
    List<Token> tokens = new ArrayList<>(n * 2 / 3 + 8); // jieba averages about 0.53 tokens a character
    cutter.cut(s, 0, n, new Scratch(), tokens);
    for (TokenFilter filter : filters) {
      tokens = filter.apply(tokens);
    }
    return tokens;
  }

  @Override
  public SegmenterConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return "Segmenter" + config;
  }
}
