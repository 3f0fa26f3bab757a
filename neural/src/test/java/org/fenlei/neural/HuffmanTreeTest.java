package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HuffmanTreeTest {

  /**
   * Counts 5, 3, 2, 1 built by hand: leaves 3 (1) and 2 (2) make node 4 (3); leaf 1 (3) is not strictly rarer than
   * node 4 (3), so node 4 and then leaf 1 make node 5 (6); leaf 0 (5) and node 5 make the root 6. The second child
   * taken is the right one (code 1).
   */
  @Test
  void matchesAHandBuiltTree() {
    HuffmanTree t = HuffmanTree.of(new long[] {5, 3, 2, 1});
    assertArrayEquals(new int[] {6, 5, 4, 4, 5, 6, -1}, t.parent);
    assertArrayEquals(new int[] {-1, -1, -1, -1, 3, 4, 0}, t.left);
    assertArrayEquals(new int[] {-1, -1, -1, -1, 2, 1, 5}, t.right);
    assertArrayEquals(new boolean[] {false, true, true, false, false, true, false}, t.binary);
  }

  @Test
  void pathsAndCodesGoFromLeafToRoot() {
    HuffmanTree t = HuffmanTree.of(new long[] {5, 3, 2, 1});
    assertArrayEquals(new int[] {0, 1, 2}, t.path(3)); // nodes 4, 5, 6 own rows 0, 1, 2
    assertArrayEquals(new boolean[] {false, false, true}, t.code(3));
    assertArrayEquals(new int[] {2}, t.path(0));
    assertArrayEquals(new boolean[] {false}, t.code(0));
  }

  @Test
  void refusesCountsOutOfOrder() {
    assertThrows(IllegalArgumentException.class, () -> HuffmanTree.of(new long[] {1, 2}));
  }
}
