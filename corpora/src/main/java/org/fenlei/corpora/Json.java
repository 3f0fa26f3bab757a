package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser for one JSON text. Objects become {@link LinkedHashMap}s (a repeated key is an
 * error), arrays {@link ArrayList}s, strings {@link String}s, numbers {@link Num}s keeping their literal,
 * {@code true}/{@code false} {@link Boolean}s and {@code null} Java {@code null}. Escaped surrogates must pair.
 */
final class Json {
  /** Deeper nesting is refused rather than risking the stack. */
  static final int MAX_DEPTH = 512;

  /** A JSON number as written, e.g. {@code 10}, {@code -0.5e3}. */
  record Num(String text) {
  }

  /** Malformed JSON; {@link #column()} is the 1-based column of the offending character. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    Malformed(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }

    int column() {
      return column;
    }
  }

  private final String s;
  private int pos;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) throws Malformed {
    Json p = new Json(text);
    p.skipSpace();
    Object value = p.value(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + p.describe() + " after the value");
    }
    return value;
  }

  static String typeName(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      return "object";
    }
    if (v instanceof List) {
      return "array";
    }
    if (v instanceof Num) {
      return "number";
    }
    return v instanceof Boolean ? "boolean" : "string";
  }

  private Object value(int depth) throws Malformed {
    if (depth >= MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    if (pos >= s.length()) {
      throw error("unexpected end of line, expected a value");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error("unexpected " + describe() + ", expected a value");
    }
  }

  private Map<String, Object> object(int depth) throws Malformed {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      if (peek() != '"') {
        throw error("unexpected " + describe() + ", expected a string key");
      }
      int keyStart = pos;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      Object v = value(depth + 1);
      if (map.containsKey(key)) {
        pos = keyStart;
        throw error("duplicate key \"" + key + "\"");
      }
      map.put(key, v);
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      expect(',');
      skipSpace();
    }
  }

  private List<Object> array(int depth) throws Malformed {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      expect(',');
      skipSpace();
    }
  }

  private String string() throws Malformed {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c) + " in a string must be escaped");
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      pos++;
      char e = peek();
      switch (e) {
        case '"': case '\\': case '/':
          sb.append(e);
          break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          sb.append(unicodeEscape());
          continue;
        default:
          throw error("invalid escape \\" + (pos < s.length() ? String.valueOf(e) : "at end of line"));
      }
      pos++;
    }
  }

  /** {@code uXXXX} after the backslash, or a surrogate pair of two such escapes. */
  private String unicodeEscape() throws Malformed {
    int start = pos - 1;
    char high = hex4();
    if (!Character.isSurrogate(high)) {
      return String.valueOf(high);
    }
    if (Character.isHighSurrogate(high) && s.startsWith("\\u", pos)) {
      pos++;
      char low = hex4();
      if (Character.isLowSurrogate(low)) {
        return new String(new char[] {high, low});
      }
    }
    pos = start;
    throw error("unpaired surrogate escape \\u" + String.format("%04X", (int) high));
  }

  /** Reads {@code uXXXX} (pos at the 'u'), returning the code unit. */
  private char hex4() throws Malformed {
    pos++;
    int v = 0;
    for (int i = 0; i < 4; i++, pos++) {
      int d = pos < s.length() ? Character.digit(s.charAt(pos), 16) : -1;
      if (d < 0 || s.charAt(pos) > 'f') {
        throw error("\\u must be followed by 4 hex digits");
      }
      v = v * 16 + d;
    }
    return (char) v;
  }

  private Num number() throws Malformed {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (!digits()) {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!digits()) {
        throw error("expected a digit after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!digits()) {
        throw error("expected a digit in the exponent");
      }
    }
    return new Num(s.substring(start, pos));
  }

  private boolean digits() {
    int start = pos;
    while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
      pos++;
    }
    return pos > start;
  }

  private Object literal(String word, Object value) throws Malformed {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected " + describe() + ", expected a value");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws Malformed {
    if (peek() != c) {
      throw error("unexpected " + describe() + ", expected '" + c + "'");
    }
    pos++;
  }

  /** The current character, or U+0000 at the end (never valid where it is checked). */
  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private String describe() {
    if (pos >= s.length()) {
      return "end of line";
    }
    int cp = s.codePointAt(pos);
    return cp < 0x20 ? String.format("character U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
  }

  private Malformed error(String message) {
    return new Malformed(pos + 1, message);
  }
}
