package org.fenlei.segment;

import java.util.List;

/** A dictionary loaded from {@code word freq [tag]} lines: its trie, total frequency and tag names. Immutable. */
final class BaseDictionary {
  final HashTrie trie;
  final long total;
  final List<String> tagNames;

  BaseDictionary(HashTrie trie, long total, List<String> tagNames) {
    this.trie = trie;
    this.total = total;
    this.tagNames = List.copyOf(tagNames);
  }

  /** The dictionary without user words, as a lexicon. */
  Lexicon lexicon() {
    return new Lexicon(trie, new TrieBuilder(0).build(), false, total, tagNames);
  }
}
