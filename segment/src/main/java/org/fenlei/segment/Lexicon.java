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
  /** Sum of all frequencies ever added, as jieba's {@code total} (replaced words are not subtracted). */
  final long total;
  final double logTotal;
  /** Tag names by tag id (part-of-speech, for a later tagging stage). */
  private final List<String> tagNames;

  Lexicon(HashTrie base, HashTrie user, long total, List<String> tagNames) {
    if (total <= 0) {
      throw new IllegalArgumentException("dictionary total frequency must be > 0: " + total);
    }
    this.base = base;
    this.user = user;
    this.hasUser = !user.isEmpty();
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
    if (u != HashTrie.NO_NODE && user.freq(u) != HashTrie.NOT_A_WORD) {
      return user.freq(u);
    }
    int b = base.find(text, start, end);
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

  /** The part-of-speech tag of the word {@code text[start, end)}, or null when it has none. */
  String tag(char[] text, int start, int end) {
    int u = hasUser ? user.find(text, start, end) : HashTrie.NO_NODE;
    if (u != HashTrie.NO_NODE && user.tag(u) != HashTrie.NO_TAG) {
      return tagNames.get(user.tag(u));
    }
    int b = base.find(text, start, end);
    return b != HashTrie.NO_NODE && base.tag(b) != HashTrie.NO_TAG ? tagNames.get(base.tag(b)) : null;
  }

  List<String> tagNames() {
    return tagNames;
  }
}
