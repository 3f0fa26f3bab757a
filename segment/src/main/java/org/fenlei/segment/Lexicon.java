package org.fenlei.segment;

import java.util.List;

/**
 * Python jieba's prefix dictionary {@code FREQ} and {@code total}: the shared default dictionary with one
 * segmenter's user words laid over it. A user word replaces the default frequency of the same word; prefixes of
 * user words that are in neither trie count as frequency 0. Immutable.
 */
final class Lexicon {
  /** {@link #freq} of characters that are not even a prefix in the dictionary ({@code FREQ.get} gives None). */
  static final long ABSENT = -1;

  final HashTrie base;
  /** User words; an empty trie when the configuration has none. */
  final HashTrie user;
  final boolean hasUser;
  /** Whether some user word was given without a frequency (see {@link HashTrie#PREFERRED}). */
  final boolean hasPreferred;
  /** Sum of all frequencies ever added, as jieba's {@code total} (replaced words are not subtracted). */
  final long total;
  final double logTotal;
  /** Tag names by tag id. */
  private final List<String> tagNames;

  Lexicon(HashTrie base, HashTrie user, boolean hasPreferred, long total, List<String> tagNames) {
    if (total <= 0) {
      throw new IllegalArgumentException("dictionary total frequency must be > 0: " + total);
    }
    this.base = base;
    this.user = user;
    this.hasUser = !user.isEmpty();
    this.hasPreferred = hasPreferred;
    this.total = total;
    this.logTotal = Math.log(total);
    this.tagNames = List.copyOf(tagNames);
  }

  /**
   * {@code FREQ.get(text[start, end))}: the word's frequency, 0 for a mere prefix of a word, {@link #ABSENT}
   * otherwise.
   */
  long freq(char[] text, int start, int end) {
    int u = hasUser ? user.find(text, start, end) : HashTrie.NO_NODE;
    return freq(u, base.find(text, start, end));
  }

  /** {@link #freq(char[], int, int)} of a character sequence. */
  long freq(CharSequence text, int start, int end) {
    int u = hasUser ? user.find(text, start, end) : HashTrie.NO_NODE;
    return freq(u, base.find(text, start, end));
  }

  private long freq(int u, int b) {
    if (u != HashTrie.NO_NODE && user.freq(u) != HashTrie.NOT_A_WORD) {
      return user.freq(u);
    }
    if (b != HashTrie.NO_NODE) {
      return Math.max(0, base.freq(b));
    }
    return u != HashTrie.NO_NODE ? 0 : ABSENT;
  }

  /** Whether the HMM must split {@code text[start, end)} into characters (a user word of frequency 0). */
  boolean isForceSplit(char[] text, int start, int end) {
    if (!hasUser) {
      return false;
    }
    int u = user.find(text, start, end);
    return u != HashTrie.NO_NODE && user.isForceSplit(u);
  }

  /** Whether every character of {@code text[start, end)} is a user word given without a frequency. */
  boolean allPreferredChars(char[] text, int start, int end) {
    if (!hasPreferred) {
      return false;
    }
    for (int i = start; i < end; i++) {
      int u = user.child(HashTrie.ROOT, text[i]);
      if (u == HashTrie.NO_NODE || !user.isPreferred(u)) {
        return false;
      }
    }
    return true;
  }

  /** The part-of-speech tag of the word {@code text[start, end)}, or null when it has none. */
  String tag(char[] text, int start, int end) {
    int u = hasUser ? user.find(text, start, end) : HashTrie.NO_NODE;
    return tag(u, base.find(text, start, end));
  }

  /** The part-of-speech tag of the word {@code text}: its user dictionary tag, else its dictionary tag, else null. */
  String tag(CharSequence text) {
    int u = hasUser ? user.find(text, 0, text.length()) : HashTrie.NO_NODE;
    return tag(u, base.find(text, 0, text.length()));
  }

  private String tag(int u, int b) {
    if (u != HashTrie.NO_NODE && user.tag(u) != HashTrie.NO_TAG) {
      return tagNames.get(user.tag(u));
    }
    return b != HashTrie.NO_NODE && base.tag(b) != HashTrie.NO_TAG ? tagNames.get(base.tag(b)) : null;
  }

  List<String> tagNames() {
    return tagNames;
  }
}
