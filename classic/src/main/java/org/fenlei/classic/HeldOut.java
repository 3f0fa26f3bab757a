package org.fenlei.classic;

import java.util.Arrays;
import java.util.Random;

/** A seeded random split of {@code n} training rows into {@code dev} held-out rows and the rest. */
record HeldOut(int[] train, int[] dev) {
  static HeldOut of(int n, int dev, long seed) {
    if (dev < 0 || dev > n) {
      throw new IllegalArgumentException("cannot hold out " + dev + " of " + n + " rows");
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random r = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return new HeldOut(Arrays.copyOfRange(order, dev, n), Arrays.copyOfRange(order, 0, dev));
  }
}
