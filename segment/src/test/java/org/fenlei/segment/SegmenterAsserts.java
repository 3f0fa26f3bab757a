package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Lucene-style {@code assertAnalyzesTo} for segmenters, plus the invariants every segmentation must keep. */
final class SegmenterAsserts {
  private SegmenterAsserts() {}

  /** {@code seg} cuts {@code input} into exactly {@code texts}, at offsets {@code starts} and {@code ends}. */
  static void assertSegments(Segmenter seg, String input, String[] texts, int[] starts, int[] ends) {
    List<Token> tokens = assertSegments(seg, input, texts);
    assertArrayEquals(starts, tokens.stream().mapToInt(Token::start).toArray(), "starts of " + input);
    assertArrayEquals(ends, tokens.stream().mapToInt(Token::end).toArray(), "ends of " + input);
  }

  /** {@code seg} cuts {@code input} into exactly {@code texts}; returns the tokens after checking invariants. */
  static List<Token> assertSegments(Segmenter seg, String input, String... texts) {
    List<Token> tokens = seg.segment(input);
    assertArrayEquals(texts, tokens.stream().map(Token::text).toArray(String[]::new), "tokens of " + input);
    assertInvariants(input, tokens);
    assertEquals(tokens, seg.segment(input), "a second run of " + input);
    return tokens;
  }

  /**
   * Offsets move forward, each token is the input's text at its span, no surrogate pair is split, and the
   * tokens cover every character except whitespace, which none of them contains.
   */
  static void assertInvariants(CharSequence input, List<Token> tokens) {
    String text = input.toString();
    int pos = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= pos, () -> "token " + t + " starts before the previous end in " + text);
      assertTrue(t.end() > t.start(), () -> "empty token " + t);
      assertEquals(text.substring(t.start(), t.end()), t.text(), () -> "text of " + t);
      for (int i = pos; i < t.start(); i++) {
        int at = i;
        assertTrue(CharClass.isWhitespace(text.charAt(i)),
            () -> "non-whitespace U+" + Integer.toHexString(text.charAt(at)) + " at " + at + " left out of " + text);
      }
      for (int i = 0; i < t.text().length(); i++) {
        assertFalse(CharClass.isWhitespace(t.text().charAt(i)), () -> "whitespace inside token " + t);
      }
      assertFalse(splitsPair(text, t.start()) || splitsPair(text, t.end()), () -> "token " + t + " splits a pair");
      assertNull(t.tag(), () -> "tag of " + t);
      pos = t.end();
    }
    for (int i = pos; i < text.length(); i++) {
      assertTrue(CharClass.isWhitespace(text.charAt(i)), () -> "trailing non-whitespace left out of " + text);
    }
  }

  /**
   * What every chain's output keeps, whatever its mode and filters: spans inside the input and not splitting a
   * surrogate pair, and no whitespace in a span or a text. With {@code ordered}, spans also never overlap and
   * move forward (precise mode).
   */
  static void assertChainInvariants(CharSequence input, List<Token> tokens, boolean ordered) {
    String text = input.toString();
    int pos = 0;
    for (Token t : tokens) {
      assertTrue(t.end() <= text.length() && t.end() > t.start(), () -> "span of " + t + " in " + text);
      assertFalse(splitsPair(text, t.start()) || splitsPair(text, t.end()), () -> "token " + t + " splits a pair");
      assertFalse(t.text().isEmpty(), () -> "empty text " + t);
      for (int i = t.start(); i < t.end(); i++) {
        int at = i;
        assertFalse(CharClass.isWhitespace(text.charAt(i)), () -> "whitespace at " + at + " inside " + t);
      }
      assertFalse(t.text().codePoints().anyMatch(c -> c <= Character.MAX_VALUE && CharClass.isWhitespace((char) c)),
          () -> "whitespace in the text of " + t);
      if (ordered) {
        assertTrue(t.start() >= pos, () -> "token " + t + " starts before the previous end in " + text);
        pos = t.end();
      }
    }
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }
}
