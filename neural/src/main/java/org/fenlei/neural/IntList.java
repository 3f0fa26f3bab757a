package org.fenlei.neural;

import java.util.Arrays;

/** A growable {@code int} array: the feature ids of one document, reused by one thread. */
final class IntList {
  int[] a;
  int size;

  IntList(int capacity) {
    a = new int[Math.max(1, capacity)];
  }

  void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
    }
    a[size++] = v;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(a, size);
  }

  boolean contains(int v) {
    for (int i = 0; i < size; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }
}
