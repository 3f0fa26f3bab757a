package org.fenlei.segment;

import java.util.Arrays;

/**
 * A read-only character trie kept in primitive arrays: the edge {@code (parent, char) -> child} lives in an
 * open-addressing hash table of longs, {@code (parent << 16 | char) << NODE_BITS | child}, so one step costs one
 * multiply and usually one probe into one array. Every node is a prefix of some word (Python jieba's prefix
 * dictionary gives such prefixes frequency 0); a node is a word when its frequency is {@code >= 0}. Instances come
 * from {@link TrieBuilder} and never change afterwards.
 */
final class HashTrie {
  static final int ROOT = 0;
  static final int NO_NODE = -1;
  /** Frequency of a node that is only a prefix of words, not a word itself. */
  static final int NOT_A_WORD = -1;
  /** Tag id of a word without a part-of-speech tag. */
  static final short NO_TAG = -1;
  /** Flag: the HMM must not emit this word whole (jieba's {@code Force_Split_Words}: user words of frequency 0). */
  static final byte FORCE_SPLIT = 1;
  /** Flag: a user word given without a frequency, which takes precedence over other words in the route. */
  static final byte PREFERRED = 2;

  /** Bits of a child node id in a table entry; node ids stay below {@link #MAX_NODES}. */
  static final int NODE_BITS = 24;
  static final int MAX_NODES = (1 << NODE_BITS) - 1;
  static final long CHILD_MASK = (1L << NODE_BITS) - 1;
  /** An empty table slot: its edge part would need node {@code 2^24 - 1}, which never exists. */
  static final long EMPTY = -1L;
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Edges {@code edge(parent, c) << NODE_BITS | child}, or {@link #EMPTY}. */
  private final long[] table;
  private final int mask;
  private final int shift;
  private final int[] freq;
  private final double[] logFreq;
  private final short[] tags;
  private final byte[] flags;
  private final int nodeCount;
  private final int wordCount;
  /** Children of the root by character, or null: most walks start at the root, so this saves one probe each. */
  private final int[] rootChildren;

  HashTrie(long[] table, int[] freq, double[] logFreq, short[] tags, byte[] flags, int nodeCount, int wordCount,
      boolean withRootTable) {
    this.table = table;
    this.mask = table.length - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(table.length);
    this.freq = freq;
    this.logFreq = logFreq;
    this.tags = tags;
    this.flags = flags;
    this.nodeCount = nodeCount;
    this.wordCount = wordCount;
    this.rootChildren = withRootTable ? rootTable(table) : null;
  }

  private static int[] rootTable(long[] table) {
    int[] children = new int[Character.MAX_VALUE + 1];
    Arrays.fill(children, NO_NODE);
    for (long e : table) {
      if (e != EMPTY && (e >>> (NODE_BITS + 16)) == ROOT) {
        children[(int) ((e >>> NODE_BITS) & 0xFFFF)] = (int) (e & CHILD_MASK);
      }
    }
    return children;
  }

  /** Key of the edge leaving {@code node} with {@code c}; never {@link #EMPTY} since nodes are non-negative. */
  static long edge(int node, char c) {
    return ((long) node << 16) | c;
  }

  static int slot(long edge, int shift) {
    return (int) ((edge * GOLDEN) >>> shift);
  }

  /** The child of {@code node} along {@code c}, or {@link #NO_NODE}. */
  int child(int node, char c) {
    if (node == ROOT && rootChildren != null) {
      return rootChildren[c];
    }
    long key = edge(node, c);
    int i = slot(key, shift);
    while (true) {
      long e = table[i];
      if ((e >>> NODE_BITS) == key) {
        return (int) (e & CHILD_MASK);
      }
      if (e == EMPTY) {
        return NO_NODE;
      }
      i = (i + 1) & mask;
    }
  }

  /** The node spelling {@code text[start, end)}, or {@link #NO_NODE}. */
  int find(char[] text, int start, int end) {
    int node = ROOT;
    for (int i = start; i < end && node != NO_NODE; i++) {
      node = child(node, text[i]);
    }
    return node;
  }

  /** The node spelling {@code text[start, end)}, or {@link #NO_NODE}. */
  int find(CharSequence text, int start, int end) {
    int node = ROOT;
    for (int i = start; i < end && node != NO_NODE; i++) {
      node = child(node, text.charAt(i));
    }
    return node;
  }

  /** The word frequency of {@code node}, or {@link #NOT_A_WORD} for a bare prefix. */
  int freq(int node) {
    return freq[node];
  }

  /**
   * {@code log(freq)} of a word: negative infinity for frequency 0, NaN for a node that is not a word. So
   * {@code logFreq(node) > NEGATIVE_INFINITY} says "a word of positive frequency" with one array read.
   */
  double logFreq(int node) {
    return logFreq[node];
  }

  short tag(int node) {
    return tags[node];
  }

  boolean isForceSplit(int node) {
    return (flags[node] & FORCE_SPLIT) != 0;
  }

  boolean isPreferred(int node) {
    return (flags[node] & PREFERRED) != 0;
  }

  boolean isEmpty() {
    return nodeCount <= 1;
  }

  /** Nodes including the root. */
  int nodeCount() {
    return nodeCount;
  }

  int wordCount() {
    return wordCount;
  }
}
