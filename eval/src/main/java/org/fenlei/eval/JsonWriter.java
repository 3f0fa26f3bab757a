package org.fenlei.eval;

import org.fenlei.core.JsonText;
/**
 * A small streaming JSON writer: objects and arrays nest, commas and indentation are placed for the caller.
 * Arrays of plain values ({@link #inline}) stay on one line.
 */
final class JsonWriter {
  private final StringBuilder sb = new StringBuilder();
  private final boolean[] first = new boolean[64];
  private final boolean[] inline = new boolean[64];
  private int depth;
  private boolean afterKey;

  JsonWriter object() {
    return open('{', false);
  }

  JsonWriter array() {
    return open('[', false);
  }

  /** An object written on one line. */
  JsonWriter line() {
    return open('{', true);
  }

  /** An array written on one line, for numbers and short strings. */
  JsonWriter inline() {
    return open('[', true);
  }

  JsonWriter end() {
    boolean wasInline = inline[depth];
    boolean empty = first[depth];
    char close = sb.charAt(openAt[depth]) == '{' ? '}' : ']';
    depth--;
    if (!wasInline && !empty) {
      newline();
    }
    sb.append(close);
    return this;
  }

  private final int[] openAt = new int[64];

  private JsonWriter open(char c, boolean oneLine) {
    separate();
    openAt[depth + 1] = sb.length();
    sb.append(c);
    depth++;
    first[depth] = true;
    inline[depth] = oneLine || (depth > 1 && inline[depth - 1]);
    return this;
  }

  JsonWriter key(String k) {
    separate();
    JsonText.appendQuoted(sb, k);
    sb.append(": ");
    afterKey = true;
    return this;
  }

  JsonWriter value(String s) {
    separate();
    if (s == null) {
      sb.append("null");
    } else {
      JsonText.appendQuoted(sb, s);
    }
    return this;
  }

  JsonWriter value(double v) {
    separate();
    sb.append(JsonText.number(v));
    return this;
  }

  JsonWriter value(long v) {
    separate();
    sb.append(v);
    return this;
  }

  JsonWriter value(boolean v) {
    separate();
    sb.append(v);
    return this;
  }

  JsonWriter field(String k, String v) {
    return key(k).value(v);
  }

  JsonWriter field(String k, double v) {
    return key(k).value(v);
  }

  JsonWriter field(String k, long v) {
    return key(k).value(v);
  }

  JsonWriter field(String k, boolean v) {
    return key(k).value(v);
  }

  private void separate() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (!first[depth]) {
      sb.append(inline[depth] ? ", " : ",");
    }
    first[depth] = false;
    if (!inline[depth]) {
      newline();
    }
  }

  private void newline() {
    sb.append('\n');
    sb.append("  ".repeat(depth));
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
