package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays user words over the default dictionary, as Python jieba's {@code load_userdict} does: each line is
 * {@code word [freq] [tag]} separated by single spaces; a word given without a frequency gets
 * {@code suggest_freq(word)}, just enough for the whole word to outscore the best route through its parts, and is
 * marked {@link HashTrie#PREFERRED} for the route that lets such words take precedence ({@link UserFirstRoute}).
 * A Chinese user word of frequency 0 is emitted neither by the route nor, whole, by the HMM (jieba's
 * {@code Force_Split_Words}, here per segmenter rather than global). Lines are applied in order, each seeing the
 * words before it; a later line for the same word replaces the earlier one. The base dictionary is never modified.
 */
final class UserDictionary {
  private final BaseDictionary base;
  private final TrieBuilder trie;
  private final TagTable tags;
  private long total;
  private int preferred;

  private UserDictionary(BaseDictionary base, int lines) {
    this.base = base;
    this.trie = new TrieBuilder(lines * 4);
    this.tags = new TagTable(base.tagNames);
    this.total = base.total;
  }

  /** The lexicon of {@code base} plus the words of {@code lines}; malformed lines throw, naming the line. */
  static Lexicon overlay(BaseDictionary base, List<String> lines) {
    UserDictionary user = new UserDictionary(base, lines.size());
    for (int i = 0; i < lines.size(); i++) {
      user.add(lines.get(i), i + 1);
    }
    return new Lexicon(base.trie, user.trie.build(), user.preferred > 0, user.total, user.tags.names());
  }

  private void add(String raw, int lineNo) {
    String line = raw.strip();
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1).strip();
    }
    if (line.isEmpty()) {
      return;
    }
    String[] fields = line.split(" ", -1);
    String word = fields[0];
    String freq = null;
    String tag = null;
    if (fields.length == 2) {
      if (isDigits(fields[1])) {
        freq = fields[1];
      } else {
        tag = fields[1];
      }
    } else if (fields.length == 3) {
      freq = fields[1];
      tag = fields[2];
    }
    if (fields.length > 3 || word.isEmpty() || containsWhitespace(word) || (freq != null && !isDigits(freq))
        || (tag != null && !isTag(tag))) {
      throw malformed(lineNo, raw, "expected 'word [freq] [tag]': a word without whitespace, a decimal frequency"
          + " and a lower-case tag, separated by single spaces");
    }
    char[] chars = word.toCharArray();
    int f;
    if (freq != null) {
      long parsed = freq.length() > 10 ? Long.MAX_VALUE : Long.parseLong(freq);
      if (parsed > Integer.MAX_VALUE) {
        throw malformed(lineNo, raw, "frequency above " + Integer.MAX_VALUE);
      }
      f = (int) parsed;
    } else {
      long suggested = suggestFreq(chars);
      if (suggested > Integer.MAX_VALUE) {
        throw malformed(lineNo, raw, "suggested frequency " + suggested + " above " + Integer.MAX_VALUE);
      }
      f = (int) suggested;
    }
    int node = trie.put(chars, 0, chars.length, f, tag == null ? HashTrie.NO_TAG : tags.id(tag));
    if (f == 0) {
      trie.markForceSplit(node);
    } else if (freq == null) {
      trie.markPreferred(node);
      preferred++;
    }
    total += f;
  }

  /**
   * Python jieba's {@code suggest_freq(word, tune=False)}: the product of {@code FREQ.get(part, 1) / total}
   * over the parts of the word as cut now without the HMM, scaled by the total, plus one; or the word's
   * current frequency if that is larger.
   */
  private long suggestFreq(char[] word) {
    Lexicon current = new Lexicon(base.trie, trie.view(), false, total, List.of());
    List<Token> parts = new ArrayList<>();
    new JiebaCutter(current, null, false).cut(word, 0, word.length, new Scratch(), parts);
    double ftotal = total;
    double p = 1;
    for (Token part : parts) {
      long partFreq = current.freq(word, part.start(), part.end());
      p *= (partFreq == Lexicon.ABSENT ? 1 : partFreq) / ftotal;
    }
    long own = current.freq(word, 0, word.length);
    return Math.max((long) (p * total) + 1, own == Lexicon.ABSENT ? 1 : own);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!CharClass.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTag(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (CharClass.isWhitespace(s.charAt(i)) || Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException malformed(int lineNo, String line, String why) {
    return new IllegalArgumentException("user dictionary line " + lineNo + ": " + why + ": '" + line + "'");
  }
}
