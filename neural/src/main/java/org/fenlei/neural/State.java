package org.fenlei.neural;

import java.util.SplittableRandom;

/** Everything one training thread scribbles on: hidden vector, gradient, scores, buffers, random numbers. */
final class State {
  final float[] hidden;
  final float[] output;
  final float[] grad;
  final SplittableRandom rng;
  final IntList rows = new IntList(64);
  final IntList labels = new IntList(4);
  final IntList hashes = new IntList(64);
  double lossSum;
  long examples;

  State(int dim, int outputs, long seed) {
    hidden = new float[dim];
    output = new float[outputs];
    grad = new float[dim];
    rng = new SplittableRandom(seed);
  }

  /** Mean loss of the examples seen so far (NaN before any). */
  double meanLoss() {
    return examples == 0 ? Double.NaN : lossSum / examples;
  }
}
