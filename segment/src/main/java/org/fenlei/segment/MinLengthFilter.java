package org.fenlei.segment;

/** Drops tokens shorter than a number of code points (a CJK Extension B character counts as one). */
final class MinLengthFilter extends FilteringTokenFilter {
  private final int min;

  MinLengthFilter(int min) {
    this.min = min;
  }

  @Override
  boolean accept(Token token) {
    String t = token.text();
    return t.length() >= min && (t.length() >= 2 * min || t.codePointCount(0, t.length()) >= min);
  }
}
