package org.fenlei.segment;

import java.util.Objects;

/**
 * One token of segmented text: its text, its span {@code [start, end)} in UTF-16 units of the input, and a
 * part-of-speech tag in jieba's tag set ({@code null} unless the segmenter tags, {@link SegmenterConfig#pos()}).
 * The text is the input's characters at the span, except where the chain's folds or filters rewrote them
 * ({@code ＡＢＣ} folded to {@code ABC}, {@code iPhone} lower-cased); the span always points at the original
 * characters.
 */
public record Token(String text, int start, int end, String tag) {
  public Token {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for token '" + text + "'");
    }
  }

  public Token(String text, int start, int end) {
    this(text, start, end, null);
  }
}
