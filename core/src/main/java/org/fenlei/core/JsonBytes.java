package org.fenlei.core;

import java.util.Arrays;

/**
 * A JSON line built straight into UTF-8 bytes: ASCII literals, strings quoted and escaped by
 * {@link JsonText#escapeOf}'s rule, whole numbers. The bytes equal the text's {@code getBytes(UTF_8)}
 * (an unpaired surrogate becomes {@code ?}, as there). For records written by the hundred thousand: no
 * {@code StringBuilder} of UTF-16 units to encode afterwards, and little code for the JIT to compile.
 */
final class JsonBytes {
  private byte[] b;
  private int n;

  JsonBytes(int capacity) {
    b = new byte[Math.max(16, capacity)];
  }

  private void room(int more) {
    if (n + more > b.length) {
      b = Arrays.copyOf(b, Math.max(n + more, 2 * b.length));
    }
  }

  /** Appends text known to be ASCII. */
  JsonBytes ascii(String s) {
    room(s.length());
    for (int i = 0; i < s.length(); i++) {
      b[n++] = (byte) s.charAt(i);
    }
    return this;
  }

  JsonBytes ascii(char c) {
    room(1);
    b[n++] = (byte) c;
    return this;
  }

  /** Appends the decimal digits of {@code v >= 0}, at least {@code width} of them (zeros in front). */
  JsonBytes digits(long v, int width) {
    int len = 1;
    for (long t = v; t >= 10; t /= 10) {
      len++;
    }
    int w = Math.max(len, width);
    room(w);
    long t = v;
    for (int i = n + w - 1; i >= n; i--) {
      b[i] = (byte) ('0' + t % 10);
      t /= 10;
    }
    n += w;
    return this;
  }

  /** Appends {@code s} as a JSON string literal, UTF-8 encoded. */
  JsonBytes quoted(String s) {
    room(s.length() * 3 + 2);
    b[n++] = '"';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        b[n++] = (byte) c;
      } else if (c < 0x80 || c == 0x2028 || c == 0x2029) {
        escaped(JsonText.escapeOf(c), s.length() - i);
      } else if (c < 0x800) {
        b[n++] = (byte) (0xc0 | c >> 6);
        b[n++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[n++] = (byte) (0xf0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
        b[n++] = (byte) (0x80 | cp & 0x3f);
      } else if (Character.isSurrogate(c)) {
        b[n++] = '?'; // unpaired, as String.getBytes(UTF_8) writes it
      } else {
        b[n++] = (byte) (0xe0 | c >> 12);
        b[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        b[n++] = (byte) (0x80 | c & 0x3f);
      }
    }
    b[n++] = '"';
    return this;
  }

  /** Appends an escape sequence (ASCII), with room for the {@code left} characters that follow it. */
  private void escaped(String e, int left) {
    room(e.length() + 3 * left + 1);
    for (int k = 0; k < e.length(); k++) {
      b[n++] = (byte) e.charAt(k);
    }
  }

  byte[] toArray() {
    return Arrays.copyOf(b, n);
  }
}
