package org.fenlei.core;

/** Writing JSON values: strings quoted and escaped per RFC 8259, numbers finite or {@code null}. */
public final class JsonText {
  private static final String HEX = "0123456789abcdef";

  private JsonText() {}

  /**
   * A string as a JSON string literal.
   *
   * @param s the string
   * @return it quoted and escaped
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  /**
   * Appends a string as a JSON string literal.
   *
   * @param sb where to append
   * @param s the string
   */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escaped = escapeOf(c);
      if (escaped == null) {
        sb.append(c);
      } else {
        sb.append(escaped);
      }
    }
    sb.append('"');
  }

  /**
   * The one escaping rule of fenlei's JSON ({@link JsonBytes} writes the same): a quote, a backslash, a control
   * character and the line and paragraph separators are escaped, {@code \n}, {@code \r} and {@code \t} by their
   * short forms, the others as {@code \\u00XX}.
   *
   * @param c a character
   * @return its escape sequence, or {@code null} when it stands for itself
   */
  static String escapeOf(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
          return "\\u" + HEX.charAt(c >> 12) + HEX.charAt(c >> 8 & 0xf) + HEX.charAt(c >> 4 & 0xf)
              + HEX.charAt(c & 0xf);
        }
        return null;
    }
  }

  /**
   * A number as JSON; NaN and infinities (undefined metrics) become {@code null}.
   *
   * @param v the number
   * @return its JSON text
   */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "null";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
