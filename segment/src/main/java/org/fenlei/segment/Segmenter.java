package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens. Implementations are immutable and safe to share between threads. Whitespace is
 * never returned as a token; every other character of the input belongs to exactly one token (precise mode).
 */
public interface Segmenter {

  /** The tokens of {@code text}, in order, with offsets into {@code text}. */
  List<Token> segment(CharSequence text);

  /** The token texts of {@code text}. */
  default List<String> words(CharSequence text) {
    List<Token> tokens = segment(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.text());
    }
    return out;
  }

  /** The configuration that recreates this segmenter through {@link Segmenters#create}. */
  SegmenterConfig config();
}
