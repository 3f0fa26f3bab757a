package org.fenlei.segment;

/**
 * A character-for-character fold applied to the text before it is cut (Lucene's char filters): each UTF-16 unit
 * is replaced by one unit, so token spans still point at the original characters while token texts hold the
 * folded ones. Immutable.
 */
final class CharFold {
  private final char[] table;

  private CharFold(char[] table) {
    this.table = table;
  }

  /**
   * Full-width ASCII variants {@code U+FF01..U+FF5E} to {@code U+0021..U+007E}, the ideographic space
   * {@code U+3000} to a space, and the full-width signs {@code U+FFE0..U+FFE6} ({@code ￠￡￢￣￤￥￦}) to
   * {@code ¢ £ ¬ ¯ ¦ ¥ ₩}.
   */
  static CharFold fullWidth() {
    return FullWidthHolder.FOLD;
  }

  private static final class FullWidthHolder {
    static final CharFold FOLD = buildFullWidth();
  }

  private static CharFold buildFullWidth() {
    char[] table = identity();
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      table[c] = (char) (c - 0xFF01 + 0x21);
    }
    table['\u3000'] = ' ';
    String from = "\uFFE0\uFFE1\uFFE2\uFFE3\uFFE4\uFFE5\uFFE6";
    String to = "\u00A2\u00A3\u00AC\u00AF\u00A6\u00A5\u20A9";
    for (int i = 0; i < from.length(); i++) {
      table[from.charAt(i)] = to.charAt(i);
    }
    return new CharFold(table);
  }

  /** A fold that maps {@code from.charAt(i)} to {@code to.charAt(i)} and leaves every other character alone. */
  static CharFold of(String from, String to) {
    if (from.length() != to.length()) {
      throw new IllegalArgumentException("fold tables differ in length: " + from.length() + " != " + to.length());
    }
    char[] table = identity();
    for (int i = 0; i < from.length(); i++) {
      table[from.charAt(i)] = to.charAt(i);
    }
    return new CharFold(table);
  }

  private static char[] identity() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    return table;
  }

  /** Folds {@code s[0, n)} in place. */
  void apply(char[] s, int n) {
    for (int i = 0; i < n; i++) {
      s[i] = table[s[i]];
    }
  }

  char fold(char c) {
    return table[c];
  }
}
