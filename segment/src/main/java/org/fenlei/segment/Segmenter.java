package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens. Implementations are immutable and safe to share between threads. No token contains
 * whitespace. In precise mode without filters every other character belongs to exactly one token, in order;
 * search mode adds sub-words before the word that holds them, and filters may drop tokens. The {@code jieba}
 * segmenter never looks across whitespace, so cutting a text at whitespace and segmenting the pieces gives the
 * same tokens; {@code smartcn} reads sentences, which such a cut may shorten.
 */
public interface Segmenter {

  /**
   * The tokens of {@code text}, with offsets into {@code text}.
   *
   * @param text the text to segment; not {@code null}
   * @return the tokens, in the order the class comment describes; empty when {@code text} has no token
   */
  List<Token> segment(CharSequence text);

  /**
   * The token texts of {@code text}.
   *
   * @param text the text to segment; not {@code null}
   * @return the texts of {@link #segment}'s tokens, in the same order
   */
  default List<String> words(CharSequence text) {
    List<Token> tokens = segment(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.text());
    }
    return out;
  }

  /**
   * The configuration that recreates this segmenter through {@link Segmenters#create}.
   *
   * @return this segmenter's configuration
   */
  SegmenterConfig config();
}
