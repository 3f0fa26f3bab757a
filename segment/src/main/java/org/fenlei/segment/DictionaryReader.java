package org.fenlei.segment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads jieba's {@code dict.txt} format, {@code word freq tag} per line, straight from UTF-8 bytes: no
 * regex, no {@code split}, one reused character buffer. Like Python jieba's {@code gen_pfdict}, a repeated
 * word keeps its last frequency while every frequency counts towards the total.
 */
final class DictionaryReader {
  /** Receives each entry as it is read. */
  interface Sink {
    /** The word {@code word[0, length)} with frequency {@code freq} and tag id {@code tag} (or NO_TAG). */
    void entry(char[] word, int length, int freq, short tag);
  }

  private final Sink sink;
  private final TagTable tags;
  private final byte[][] tagBytes = new byte[256][];
  private final short[] tagIds = new short[256];
  private int knownTags;
  private long total;
  private char[] word = new char[64];
  private String name;
  private int lineNo;
  private byte[] bytes;
  private int lineStart;
  private int lineEnd;

  DictionaryReader(TrieBuilder trie, TagTable tags) {
    this((word, length, freq, tag) -> trie.put(word, 0, length, freq, tag), tags);
  }

  DictionaryReader(Sink sink, TagTable tags) {
    this.sink = sink;
    this.tags = tags;
  }

  long total() {
    return total;
  }

  /** Adds every line of {@code bytes}; errors name {@code name} and the line. */
  void read(byte[] bytes, String name) {
    this.bytes = bytes;
    this.name = name;
    lineNo = 0;
    int pos = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
    while (pos < bytes.length) {
      lineNo++;
      int eol = pos;
      while (eol < bytes.length && bytes[eol] != '\n') {
        eol++;
      }
      int end = eol;
      while (end > pos && isAsciiSpace(bytes[end - 1])) {
        end--;
      }
      int start = pos;
      while (start < end && isAsciiSpace(bytes[start])) {
        start++;
      }
      if (start < end) {
        lineStart = start;
        lineEnd = end;
        line(bytes, start, end);
      }
      pos = eol + 1;
    }
  }

  private void line(byte[] b, int start, int end) {
    int wordEnd = start;
    while (wordEnd < end && b[wordEnd] != ' ') {
      wordEnd++;
    }
    int chars = decode(b, start, wordEnd);
    int p = wordEnd + 1;
    long f = 0;
    int digits = 0;
    while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 10) {
      f = f * 10 + (b[p++] - '0');
      digits++;
    }
    if (digits == 0 || f > Integer.MAX_VALUE || (p < end && b[p] != ' ')) {
      throw error("expected 'word freq [tag]'");
    }
    short tag = p < end ? tagId(b, p + 1, end) : HashTrie.NO_TAG;
    sink.entry(word, chars, (int) f, tag);
    total += f;
  }

  /** Decodes UTF-8 {@code b[start, end)} into {@link #word}; returns the number of chars. */
  private int decode(byte[] b, int start, int end) {
    if (word.length < end - start) {
      word = new char[end - start];
    }
    int n = 0;
    for (int i = start; i < end; ) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
      if (len == 0 || i + len > end) {
        throw error("invalid UTF-8");
      }
      int cp = len == 1 ? c : c & (0x7F >> len);
      for (int k = 1; k < len; k++) {
        int cont = b[i + k] & 0xFF;
        if ((cont & 0xC0) != 0x80) {
          throw error("invalid UTF-8");
        }
        cp = (cp << 6) | (cont & 0x3F);
      }
      if (cp > Character.MAX_CODE_POINT || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) {
        throw error("invalid UTF-8");
      }
      n += Character.toChars(cp, word, n);
      i += len;
    }
    if (n == 0) {
      throw error("empty word");
    }
    return n;
  }

  private short tagId(byte[] b, int start, int end) {
    int len = end - start;
    for (int t = 0; t < knownTags; t++) {
      byte[] known = tagBytes[t];
      if (known.length == len && Arrays.equals(known, 0, len, b, start, end)) {
        return tagIds[t];
      }
    }
    for (int i = start; i < end; i++) {
      if (b[i] < 'a' || b[i] > 'z') {
        throw error("tag must be [a-z]+");
      }
    }
    short id = tags.id(new String(b, start, len, StandardCharsets.US_ASCII));
    if (knownTags < tagBytes.length) {
      tagBytes[knownTags] = Arrays.copyOfRange(b, start, end);
      tagIds[knownTags++] = id;
    }
    return id;
  }

  private static boolean isAsciiSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x0B || c == 0x0C;
  }

  private IllegalStateException error(String what) {
    String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    return new IllegalStateException(name + ":" + lineNo + ": " + what + ": '" + text + "'");
  }
}
