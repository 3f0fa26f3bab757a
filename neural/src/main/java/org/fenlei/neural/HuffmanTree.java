package org.fenlei.neural;

/**
 * The Huffman tree over output counts that hierarchical softmax walks. Leaves are {@code 0..n-1} (counts in
 * descending order, as the dictionary sorts them), inner nodes {@code n..2n-2}, the root last. Built with the two
 * queues of the tool: leaves from the rarest up, new nodes in creation order; on equal counts the inner node goes
 * first. Inner node {@code i} owns output row {@code i - n}.
 */
final class HuffmanTree {
  final int leaves;
  final int[] parent;
  final int[] left;
  final int[] right;
  /** True for a node that is its parent's right child (code 1). */
  final boolean[] binary;

  private HuffmanTree(int leaves) {
    this.leaves = leaves;
    int nodes = Math.max(1, 2 * leaves - 1);
    parent = new int[nodes];
    left = new int[nodes];
    right = new int[nodes];
    binary = new boolean[nodes];
    java.util.Arrays.fill(parent, -1);
    java.util.Arrays.fill(left, -1);
    java.util.Arrays.fill(right, -1);
  }

  static HuffmanTree of(long[] counts) {
    int n = counts.length;
    if (n < 1) {
      throw new IllegalArgumentException("hierarchical softmax needs at least one output");
    }
    for (int i = 1; i < n; i++) {
      if (counts[i] > counts[i - 1]) {
        throw new IllegalArgumentException("counts must be in descending order");
      }
    }
    HuffmanTree t = new HuffmanTree(n);
    long[] count = new long[t.parent.length];
    java.util.Arrays.fill(count, (long) 1e15);
    System.arraycopy(counts, 0, count, 0, n);
    int leaf = n - 1;
    int node = n;
    for (int i = n; i < 2 * n - 1; i++) {
      int[] mini = new int[2];
      for (int j = 0; j < 2; j++) {
        mini[j] = leaf >= 0 && count[leaf] < count[node] ? leaf-- : node++;
      }
      t.left[i] = mini[0];
      t.right[i] = mini[1];
      count[i] = count[mini[0]] + count[mini[1]];
      t.parent[mini[0]] = i;
      t.parent[mini[1]] = i;
      t.binary[mini[1]] = true;
    }
    return t;
  }

  int root() {
    return parent.length - 1;
  }

  /** Output rows of the inner nodes from {@code leaf}'s parent up to the root. */
  int[] path(int leaf) {
    IntList p = new IntList(16);
    for (int j = leaf; parent[j] != -1; j = parent[j]) {
      p.add(parent[j] - leaves);
    }
    return p.toArray();
  }

  /** The branch taken at each node of {@link #path}: true where the path goes right. */
  boolean[] code(int leaf) {
    int[] p = path(leaf);
    boolean[] c = new boolean[p.length];
    int j = leaf;
    for (int k = 0; k < p.length; k++, j = parent[j]) {
      c[k] = binary[j];
    }
    return c;
  }
}
