package org.fenlei.core;

/** Writing JSON values: strings quoted and escaped per RFC 8259, numbers finite or {@code null}. */
public final class JsonText {
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
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
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
