package org.fenlei.segment;

import java.util.Arrays;

/**
 * Builds a {@link HashTrie}. Words are added one at a time; a later frequency for the same word replaces the
 * earlier one, as in Python jieba's {@code FREQ[word] = freq}. Single-threaded, used only while a dictionary is
 * loaded.
 */
final class TrieBuilder {
  /** Grow the edge table before it is more than this full, so probes stay short. */
  private static final double MAX_LOAD = 0.6;
  /** Tries this large get a direct table of the root's children (256 KiB); small user tries do without. */
  private static final int ROOT_TABLE_MIN_NODES = 4096;

  private long[] table;
  private int shift;
  private int[] freq;
  private double[] logFreq;
  private short[] tags;
  private byte[] flags;
  private int nodeCount;
  private int wordCount;

  TrieBuilder(int expectedNodes) {
    int capacity = Integer.highestOneBit((int) Math.max(16, expectedNodes / MAX_LOAD) - 1) << 1;
    allocateEdges(capacity);
    int nodes = Math.max(16, expectedNodes);
    freq = new int[nodes];
    logFreq = new double[nodes];
    tags = new short[nodes];
    flags = new byte[nodes];
    nodeCount = 1;
    freq[HashTrie.ROOT] = HashTrie.NOT_A_WORD;
    logFreq[HashTrie.ROOT] = Double.NaN;
    tags[HashTrie.ROOT] = HashTrie.NO_TAG;
  }

  private void allocateEdges(int capacity) {
    table = new long[capacity];
    Arrays.fill(table, HashTrie.EMPTY);
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /**
   * Sets {@code text[start, end)} as a word of frequency {@code f >= 0} with tag id {@code tag} (or
   * {@link HashTrie#NO_TAG}), creating its prefixes and clearing the flags an earlier entry of the word set.
   * Returns the word's node.
   */
  int put(char[] text, int start, int end, int f, short tag) {
    if (f < 0 || start >= end) {
      throw new IllegalArgumentException("bad word [" + start + ", " + end + ") or frequency " + f);
    }
    int node = HashTrie.ROOT;
    for (int i = start; i < end; i++) {
      node = childOrCreate(node, text[i]);
    }
    if (freq[node] == HashTrie.NOT_A_WORD) {
      wordCount++;
    }
    freq[node] = f;
    logFreq[node] = f > 0 ? Math.log(f) : Double.NEGATIVE_INFINITY;
    flags[node] = 0;
    if (tag != HashTrie.NO_TAG) {
      tags[node] = tag;
    }
    return node;
  }

  void markForceSplit(int node) {
    flags[node] |= HashTrie.FORCE_SPLIT;
  }

  void markPreferred(int node) {
    flags[node] |= HashTrie.PREFERRED;
  }

  private int childOrCreate(int node, char c) {
    long key = HashTrie.edge(node, c);
    int mask = table.length - 1;
    int i = HashTrie.slot(key, shift);
    while (true) {
      long e = table[i];
      if ((e >>> HashTrie.NODE_BITS) == key) {
        return (int) (e & HashTrie.CHILD_MASK);
      }
      if (e == HashTrie.EMPTY) {
        break;
      }
      i = (i + 1) & mask;
    }
    if (nodeCount >= HashTrie.MAX_NODES) {
      throw new IllegalArgumentException("dictionary too large: more than " + (HashTrie.MAX_NODES - 1)
          + " trie nodes");
    }
    int created = nodeCount++;
    if (created == freq.length) {
      int grown = created + (created >> 1) + 16;
      freq = Arrays.copyOf(freq, grown);
      logFreq = Arrays.copyOf(logFreq, grown);
      tags = Arrays.copyOf(tags, grown);
      flags = Arrays.copyOf(flags, grown);
    }
    freq[created] = HashTrie.NOT_A_WORD;
    logFreq[created] = Double.NaN;
    tags[created] = HashTrie.NO_TAG;
    table[i] = (key << HashTrie.NODE_BITS) | created;
    if (nodeCount > table.length * MAX_LOAD) {
      rehash(table.length << 1);
    }
    return created;
  }

  private void rehash(int capacity) {
    long[] old = table;
    allocateEdges(capacity);
    int mask = capacity - 1;
    for (long e : old) {
      if (e != HashTrie.EMPTY) {
        int i = HashTrie.slot(e >>> HashTrie.NODE_BITS, shift);
        while (table[i] != HashTrie.EMPTY) {
          i = (i + 1) & mask;
        }
        table[i] = e;
      }
    }
  }

  /**
   * A trie over the arrays as they are now, without copying: valid only until the next {@link #put}. Lets a
   * user dictionary consult the words added so far while it is being loaded.
   */
  HashTrie view() {
    return new HashTrie(table, freq, logFreq, tags, flags, nodeCount, wordCount, false);
  }

  /** The finished trie; this builder must not be used afterwards. */
  HashTrie build() {
    HashTrie trie = new HashTrie(table, Arrays.copyOf(freq, nodeCount), Arrays.copyOf(logFreq, nodeCount),
        Arrays.copyOf(tags, nodeCount), Arrays.copyOf(flags, nodeCount), nodeCount, wordCount,
        nodeCount >= ROOT_TABLE_MIN_NODES);
    table = null;
    freq = null;
    logFreq = null;
    tags = null;
    flags = null;
    return trie;
  }
}
