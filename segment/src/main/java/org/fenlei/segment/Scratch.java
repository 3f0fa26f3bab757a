package org.fenlei.segment;

/**
 * Working arrays of one segmentation call, grown to the longest block seen so far and reused for the rest
 * of the call. Confined to the calling thread; segmenters themselves hold no mutable state.
 */
final class Scratch {
  /** {@code route[i]}: best log probability of the block suffix starting at {@code i}; jieba's {@code route[i][0]}. */
  double[] route = new double[64];
  /** {@code next[i]}: end of the word the best route takes at {@code i}; jieba's {@code route[i][1] + 1}. */
  int[] next = new int[64];
  /** {@code cover[i]}: characters of the best block suffix at {@code i} covered by preferred user words. */
  int[] cover = new int[64];
  /** Viterbi back pointers {@code [t * STATES + state]}. */
  byte[] back = new byte[256];
  /** The Viterbi state of each character. */
  byte[] states = new byte[64];

  void ensureRoute(int length) {
    if (route.length < length + 1) {
      int n = Math.max(length + 1, route.length * 2);
      route = new double[n];
      next = new int[n];
      cover = new int[n];
    }
  }

  void ensureViterbi(int length) {
    if (states.length < length) {
      int n = Math.max(length, states.length * 2);
      states = new byte[n];
      back = new byte[n * HmmModel.STATES];
    }
  }
}
