package org.fenlei.segment;

/**
 * The character classes of Python jieba's regular expressions, written out by hand so the hot path runs no
 * regex. Names follow {@code jieba/__init__.py} and {@code jieba/finalseg/__init__.py} (0.42.1). Every class is a
 * bit in one 64 KiB table indexed by the UTF-16 unit, so each test is one load and no branch that the JIT could
 * guess wrong on the first Latin letter of a Chinese text.
 */
final class CharClass {
  /** First and last character of jieba's {@code \u4E00-\u9FD5} range (CJK Unified Ideographs, no extensions). */
  static final char HAN_FIRST = '\u4E00';
  static final char HAN_LAST = '\u9FD5';

  private static final byte BLOCK = 1;
  private static final byte HAN = 2;
  private static final byte ALNUM = 4;
  private static final byte DIGIT = 8;
  private static final byte SPACE = 16;
  /** Characters where a URL or e-mail address may be found ({@link UrlGuard}): {@code : w W @}. */
  private static final byte URL_TRIGGER = 32;

  private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

  static {
    for (char c = HAN_FIRST; c <= HAN_LAST; c++) {
      CLASSES[c] = BLOCK | HAN;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASSES[c] = BLOCK | ALNUM;
      CLASSES[c - 'a' + 'A'] = BLOCK | ALNUM;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASSES[c] = BLOCK | ALNUM | DIGIT;
    }
    for (char c : "+#&._%-".toCharArray()) { // the rest of re_han_default's ASCII
      CLASSES[c] = BLOCK;
    }
    for (char c : "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680\u2028\u2029\u202F\u205F\u3000"
        .toCharArray()) {
      CLASSES[c] = SPACE;
    }
    for (char c = '\u2000'; c <= '\u200A'; c++) {
      CLASSES[c] = SPACE;
    }
    for (char c : ":wW@".toCharArray()) {
      CLASSES[c] |= URL_TRIGGER;
    }
  }

  private CharClass() {}

  /** Whether {@code c} belongs to a block that is cut with the dictionary ({@code re_han_default}). */
  static boolean isBlock(char c) {
    return (CLASSES[c] & BLOCK) != 0;
  }

  /** Whether {@code c} is in {@code [\u4E00-\u9FD5]}, the characters the HMM segments ({@code finalseg.re_han}). */
  static boolean isHan(char c) {
    return (CLASSES[c] & HAN) != 0;
  }

  /** {@code [a-zA-Z0-9]}: {@code re_eng}, and the body of {@code finalseg.re_skip}. */
  static boolean isAsciiAlnum(char c) {
    return (CLASSES[c] & ALNUM) != 0;
  }

  static boolean isAsciiDigit(char c) {
    return (CLASSES[c] & DIGIT) != 0;
  }

  /**
   * Python 3's {@code \s} on {@code str} (the characters for which {@code str.isspace()} holds), which jieba's
   * {@code re_skip_default = (\r\n|\s)} splits on. Unlike {@link Character#isWhitespace}, it includes the
   * no-break spaces U+00A0, U+2007 and U+202F, and NEL U+0085.
   */
  static boolean isWhitespace(char c) {
    return (CLASSES[c] & SPACE) != 0;
  }

  /** Whether a URL or e-mail address may be found at {@code c}: {@code :}, {@code w}, {@code W} or {@code @}. */
  static boolean isUrlTrigger(char c) {
    return (CLASSES[c] & URL_TRIGGER) != 0;
  }
}
