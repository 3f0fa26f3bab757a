package org.fenlei.neural;

import java.util.ArrayList;
import java.util.List;

/** Splits text into tokens as the fastText tool's reader does. */
final class Tokens {
  private Tokens() {}

  /** The tool's separators: space, tab, vertical tab, form feed, carriage return, line feed and NUL. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f' || c == 0;
  }

  /** The tokens of {@code text} split on the tool's separators. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (isSeparator(text.charAt(i))) {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** {@code tokens} followed by the end-of-line token, as the tool reads a line. */
  static List<String> line(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + 1);
    out.addAll(tokens);
    out.add(Dictionary.EOS);
    return out;
  }
}
