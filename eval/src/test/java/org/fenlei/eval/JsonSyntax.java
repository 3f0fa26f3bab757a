package org.fenlei.eval;

/** A strict RFC 8259 syntax check for the reports' JSON, so tests need no JSON library. */
final class JsonSyntax {
  private final String s;
  private int i;

  private JsonSyntax(String s) {
    this.s = s;
  }

  /** Throws IllegalArgumentException naming the offset of the first error. */
  static void check(String json) {
    JsonSyntax p = new JsonSyntax(json);
    p.value();
    p.space();
    if (p.i != json.length()) {
      throw p.error("trailing characters");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + i + ": " + s.substring(Math.max(0, i - 30),
        Math.min(s.length(), i + 30)));
  }

  private void space() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private void value() {
    space();
    if (i >= s.length()) {
      throw error("value expected");
    }
    char c = s.charAt(i);
    if (c == '{') {
      members('}', true);
    } else if (c == '[') {
      members(']', false);
    } else if (c == '"') {
      string();
    } else if (s.startsWith("true", i) || s.startsWith("null", i)) {
      i += 4;
    } else if (s.startsWith("false", i)) {
      i += 5;
    } else {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (!s.substring(start, i).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        throw error("bad number");
      }
    }
  }

  private void members(char close, boolean object) {
    i++;
    space();
    if (s.charAt(i) == close) {
      i++;
      return;
    }
    while (true) {
      if (object) {
        space();
        string();
        space();
        if (s.charAt(i++) != ':') {
          throw error("':' expected");
        }
      }
      value();
      space();
      char c = s.charAt(i++);
      if (c == close) {
        return;
      }
      if (c != ',') {
        throw error("',' expected");
      }
    }
  }

  private void string() {
    if (s.charAt(i) != '"') {
      throw error("string expected");
    }
    i++;
    while (s.charAt(i) != '"') {
      char c = s.charAt(i);
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        i++;
        if (s.charAt(i) == 'u') {
          if (!s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            throw error("bad \\u escape");
          }
          i += 4;
        } else if ("\"\\/bfnrt".indexOf(s.charAt(i)) < 0) {
          throw error("bad escape");
        }
      }
      i++;
    }
    i++;
  }
}
