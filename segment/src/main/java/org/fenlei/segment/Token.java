package org.fenlei.segment;

import java.util.Objects;

/**
 * One token of segmented text: its text, its span {@code [start, end)} in UTF-16 units of the input, and a
 * part-of-speech tag in jieba's tag set ({@code null} unless the segmenter tags, {@link SegmenterConfig#pos()}).
 * The text is the input's characters at the span, except where the chain's folds or filters rewrote them
 * ({@code ＡＢＣ} folded to {@code ABC}, {@code iPhone} lower-cased); the span always points at the original
 * characters.
 *
 * @param text the token's text
 * @param start the index of its first UTF-16 unit in the input
 * @param end the index one past its last UTF-16 unit in the input
 * @param tag its part-of-speech tag, or {@code null} when the segmenter does not tag
 */
public record Token(String text, int start, int end, String tag) {
  /**
   * Checks the text and the span.
   *
   * @param text the token's text; not {@code null}
   * @param start the index of its first UTF-16 unit in the input; not negative
   * @param end the index one past its last UTF-16 unit in the input; not less than {@code start}
   * @param tag its part-of-speech tag, or {@code null}
   * @throws NullPointerException when {@code text} is {@code null}
   * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
   */
  public Token {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for token '" + text + "'");
    }
  }

  /**
   * An untagged token.
   *
   * @param text the token's text; not {@code null}
   * @param start the index of its first UTF-16 unit in the input; not negative
   * @param end the index one past its last UTF-16 unit in the input; not less than {@code start}
   * @throws NullPointerException when {@code text} is {@code null}
   * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
   */
  public Token(String text, int start, int end) {
    this(text, start, end, null);
  }
}
