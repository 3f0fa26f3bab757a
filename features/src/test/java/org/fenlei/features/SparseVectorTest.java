package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void sumOfSortsAndMergesRepeatedIndices() {
    SparseVector v = SparseVector.sumOf(new int[] {5, 1, 5, 3, 1}, new float[] {1, 2, 3, 4, 5}, 5);
    assertEquals(SparseVector.of(new int[] {1, 3, 5}, new float[] {7, 4, 4}), v);
    assertEquals(SparseVector.EMPTY, SparseVector.sumOf(new int[0], new float[0], 0));
  }

  @Test
  void invariantIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> SparseVector.of(new int[] {2, 2}, new float[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> SparseVector.of(new int[] {3, 1}, new float[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> SparseVector.of(new int[] {-1}, new float[] {1}));
  }

  @Test
  void l2NormalisationAndDot() {
    SparseVector v = SparseVector.of(new int[] {0, 2}, new float[] {3, 4}).l2Normalized();
    assertEquals(0.6f, v.value(0), 1e-7);
    assertEquals(0.8f, v.value(1), 1e-7);
    assertEquals(1.0, v.norm(), 1e-7);
    assertEquals(0.6 * 10 + 0.8 * 100, v.dot(new double[] {10, 1, 100}), 1e-5);
  }
}
