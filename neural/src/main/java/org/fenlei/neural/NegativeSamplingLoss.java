package org.fenlei.neural;

/**
 * The target against {@code neg} outputs drawn with probability proportional to {@code sqrt(count)}
 * (a table of about {@value #TABLE_SIZE} entries, as the tool's).
 */
final class NegativeSamplingLoss extends Objective {
  static final int TABLE_SIZE = 10_000_000;
  private final int neg;
  private final int[] negatives;

  NegativeSamplingLoss(long[] counts, int neg) {
    if (neg < 1) {
      throw new IllegalArgumentException("neg must be >= 1: " + neg);
    }
    this.neg = neg;
    double z = 0;
    for (long c : counts) {
      z += Math.sqrt(c);
    }
    IntList table = new IntList(TABLE_SIZE + counts.length);
    for (int i = 0; i < counts.length; i++) {
      double c = Math.sqrt(counts[i]);
      for (int j = 0; j < c * TABLE_SIZE / z; j++) {
        table.add(i);
      }
    }
    negatives = table.toArray();
  }

  @Override
  float forward(DenseMatrix wo, int[] targets, int targetIndex, State s, float lr) {
    int target = targets[targetIndex];
    float loss = binaryLogistic(wo, target, s, true, lr);
    for (int n = 0; n < neg; n++) {
      loss += binaryLogistic(wo, negative(target, s), s, false, lr);
    }
    return loss;
  }

  private int negative(int target, State s) {
    if (negatives.length == 0) {
      return target;
    }
    for (int tries = 0; ; tries++) {
      int n = negatives[s.rng.nextInt(negatives.length)];
      if (n != target || tries > 1000) {
        return n;
      }
    }
  }
}
