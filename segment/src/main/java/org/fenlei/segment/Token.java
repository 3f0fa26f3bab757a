package org.fenlei.segment;

import java.util.Objects;

/**
 * One token of segmented text: its characters, its span {@code [start, end)} in UTF-16 units of the input,
 * and an optional part-of-speech tag in jieba's tag set ({@code null} when the segmenter gives none).
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
