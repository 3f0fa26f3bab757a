package org.fenlei.segment;

/**
 * The character classes of Python jieba's regular expressions, written out by hand so the hot path runs no
 * regex. Names follow {@code jieba/__init__.py} and {@code jieba/finalseg/__init__.py} (0.42.1).
 */
final class CharClass {
  /** First and last character of jieba's {@code \u4E00-\u9FD5} range (CJK Unified Ideographs, no extensions). */
  static final char HAN_FIRST = '\u4E00';
  static final char HAN_LAST = '\u9FD5';

  /** ASCII members of {@code re_han_default = ([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)}. */
  private static final boolean[] BLOCK_ASCII = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      BLOCK_ASCII[c] = true;
      BLOCK_ASCII[c - 'a' + 'A'] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      BLOCK_ASCII[c] = true;
    }
    for (char c : "+#&._%-".toCharArray()) {
      BLOCK_ASCII[c] = true;
    }
  }

  private CharClass() {}

  /** Whether {@code c} belongs to a block that is cut with the dictionary ({@code re_han_default}). */
  static boolean isBlock(char c) {
    return c < 128 ? BLOCK_ASCII[c] : isHan(c);
  }

  /** Whether {@code c} is in {@code [\u4E00-\u9FD5]}, the characters the HMM segments ({@code finalseg.re_han}). */
  static boolean isHan(char c) {
    return c >= HAN_FIRST && c <= HAN_LAST;
  }

  /** {@code [a-zA-Z0-9]}: {@code re_eng}, and the body of {@code finalseg.re_skip}. */
  static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Python 3's {@code \s} on {@code str} (the characters for which {@code str.isspace()} holds), which jieba's
   * {@code re_skip_default = (\r\n|\s)} splits on. Unlike {@link Character#isWhitespace}, it includes the
   * no-break spaces U+00A0, U+2007 and U+202F, and NEL U+0085.
   */
  static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c < '\u0085') {
      return false;
    }
    switch (c) {
      case '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }
}
