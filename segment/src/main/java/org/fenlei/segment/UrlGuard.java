package org.fenlei.segment;

import java.util.List;

/**
 * A pre-pass that keeps URLs and e-mail addresses whole: it finds their spans, emits each as one token, and hands
 * only the text between them to the wrapped cutter (which cuts each gap as if it were a whole text). Python jieba
 * cuts {@code https://www.example.com/a_b?x=1} into 17 pieces at its punctuation; everything else stays exactly
 * as the wrapped cutter cuts it. ASCII only, by design simple rather than RFC-complete:
 * <ul>
 *   <li>URL: a scheme {@code [A-Za-z][A-Za-z0-9+.-]*} followed by {@code ://} (the scheme starts at the first
 *       letter of the run of such characters before the colon), or {@code www.} (any case) not preceded by an
 *       ASCII letter, digit or one of {@code +.-}; then the characters RFC 3986 allows
 *       ({@code A-Z a-z 0-9 -._~:/?#[]@!$&'()*+,;=%}), at least one after the {@code ://} or {@code www.}.
 *       Trailing {@code . , ; : ! ? '} and closing {@code )} or {@code ]} that outnumber their opening partners in
 *       the URL are left out, as they usually belong to the sentence around it.</li>
 *   <li>E-mail address: a local part {@code [A-Za-z0-9._%+-]+} (leading dots dropped), {@code @}, and a domain
 *       of two or more labels {@code [A-Za-z0-9-]+} separated by dots whose last label has two or more
 *       letters.</li>
 * </ul>
 * Internationalised domain names, URLs without a scheme or {@code www.} ({@code example.com}) and Unicode local
 * parts are not recognised and stay as the wrapped cutter cuts them.
 */
final class UrlGuard implements Cutter {
  private static final String URL_CHARS = "-._~:/?#[]@!$&'()*+,;=%";
  private static final String TRAILING = ".,;:!?'";
  private final Cutter inner;

  UrlGuard(Cutter inner) {
    this.inner = inner;
  }

  @Override
  public void cut(char[] s, int from, int to, Scratch scratch, List<Token> out) {
    int gap = from;
    int i = from;
    while (i < to) {
      long span = CharClass.isUrlTrigger(s[i]) ? find(s, gap, i, to) : -1;
      if (span < 0) {
        i++;
        continue;
      }
      int start = (int) (span >>> 32);
      int end = (int) span;
      if (start > gap) {
        inner.cut(s, gap, start, scratch, out);
      }
      JiebaCutter.emit(s, start, end, out);
      gap = end;
      i = end;
    }
    if (gap < to) {
      inner.cut(s, gap, to, scratch, out);
    }
  }

  /** Whether the whole of {@code text} is one URL or e-mail address as this pre-pass finds them. */
  static boolean isWhole(String text) {
    char[] s = text.toCharArray();
    for (int i = 0; i < s.length; i++) {
      long span = CharClass.isUrlTrigger(s[i]) ? find(s, 0, i, s.length) : -1;
      if (span >= 0) {
        return span == s.length; // start 0, end s.length
      }
    }
    return false;
  }

  /** The span {@code start << 32 | end} of a URL or address found at the trigger {@code s[i]}, or -1. */
  private static long find(char[] s, int floor, int i, int to) {
    switch (s[i]) {
      case ':':
        return url(s, floor, i, to);
      case '@':
        return email(s, floor, i, to);
      default: // w or W
        return www(s, floor, i, to);
    }
  }

  /** The span {@code start << 32 | end} of a {@code scheme://...} URL whose colon is at {@code colon}, or -1. */
  private static long url(char[] s, int floor, int colon, int to) {
    if (colon + 3 >= to || s[colon + 1] != '/' || s[colon + 2] != '/' || !isUrlChar(s[colon + 3])) {
      return -1;
    }
    int start = colon;
    while (start > floor && isSchemeChar(s[start - 1])) {
      start--;
    }
    while (start < colon && !isAsciiLetter(s[start])) { // a scheme starts with a letter
      start++;
    }
    if (start == colon) {
      return -1;
    }
    return span(s, start, colon + 3, to);
  }

  /** The span of a URL starting {@code www.} at {@code w}, or -1. */
  private static long www(char[] s, int floor, int w, int to) {
    // (c | 0x20) == 'w' holds exactly for w and W
    if (w + 4 >= to || (w > floor && isSchemeChar(s[w - 1])) || (s[w + 1] | 0x20) != 'w' || (s[w + 2] | 0x20) != 'w'
        || s[w + 3] != '.' || !isUrlChar(s[w + 4]) || s[w + 4] == '.') {
      return -1;
    }
    return span(s, w, w + 4, to);
  }

  /** The URL from {@code start}, whose body begins at {@code body}, to its last URL character, trimmed. */
  private static long span(char[] s, int start, int body, int to) {
    int end = body;
    int parens = 0; // '(' minus ')'
    int brackets = 0; // '[' minus ']'
    while (end < to && isUrlChar(s[end])) {
      char c = s[end++];
      parens += c == '(' ? 1 : c == ')' ? -1 : 0;
      brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
    }
    while (end > body) {
      char last = s[end - 1];
      if (TRAILING.indexOf(last) >= 0) {
        end--;
      } else if (last == ')' && parens < 0) {
        parens++;
        end--;
      } else if (last == ']' && brackets < 0) {
        brackets++;
        end--;
      } else {
        break;
      }
    }
    return end == body ? -1 : ((long) start << 32) | end;
  }

  /** The span of an e-mail address whose {@code @} is at {@code at}, or -1. */
  private static long email(char[] s, int floor, int at, int to) {
    int start = at;
    while (start > floor && isLocalChar(s[start - 1])) {
      start--;
    }
    while (start < at && s[start] == '.') {
      start++;
    }
    if (start == at) {
      return -1;
    }
    int end = at + 1;
    int labels = 0;
    int lastLabelLetters = 0;
    int domainEnd = -1;
    while (true) {
      int labelStart = end;
      int letters = 0;
      while (end < to && (isAsciiLetter(s[end]) || CharClass.isAsciiDigit(s[end]) || s[end] == '-')) {
        letters += isAsciiLetter(s[end]) ? 1 : 0;
        end++;
      }
      if (end == labelStart) {
        break;
      }
      labels++;
      lastLabelLetters = letters == end - labelStart ? letters : 0;
      if (labels >= 2 && lastLabelLetters >= 2) {
        domainEnd = end;
      }
      if (end + 1 < to && s[end] == '.') {
        end++;
      } else {
        break;
      }
    }
    return domainEnd < 0 ? -1 : ((long) start << 32) | domainEnd;
  }

  private static boolean isUrlChar(char c) {
    return isAsciiLetter(c) || CharClass.isAsciiDigit(c) || (c < 128 && URL_CHARS.indexOf(c) >= 0);
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || CharClass.isAsciiDigit(c) || c == '+' || c == '.' || c == '-';
  }

  private static boolean isLocalChar(char c) {
    return isAsciiLetter(c) || CharClass.isAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+'
        || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
