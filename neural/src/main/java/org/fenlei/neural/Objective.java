package org.fenlei.neural;

/**
 * A training loss: the forward pass from the hidden vector to the loss of one example and, in the same pass, the
 * backward one: {@code state.grad} receives the gradient with respect to the hidden vector and the output rows
 * are updated in place. Objectives are immutable (their tables and trees are fixed); all scratch is in
 * {@link State}.
 */
abstract class Objective {

  /**
   * @param targets the example's target rows; {@code targetIndex} picks one, or -1 for all of them (one-vs-all)
   * @return the example's loss
   */
  abstract float forward(DenseMatrix wo, int[] targets, int targetIndex, State s, float lr);

  static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code forward} takes every target at once (one-vs-all) rather than one at a time. */
  boolean allTargets() {
    return false;
  }

  /** {@code -log sigmoid(+-row(target) . hidden)} and its gradient: the building block of ns, hs and ova. */
  static float binaryLogistic(DenseMatrix wo, int target, State s, boolean positive, float lr) {
    float score = Tables.sigmoid(wo.dotRow(s.hidden, target));
    float alpha = lr * ((positive ? 1f : 0f) - score);
    wo.addRowTo(s.grad, target, alpha);
    wo.addToRow(s.hidden, target, alpha);
    return positive ? -Tables.log(score) : -Tables.log(1f - score);
  }

  /** The objective of {@code loss} over outputs with these counts (labels, or words for word vectors). */
  static Objective of(Loss loss, long[] counts, int neg) {
    return switch (loss) {
      case SOFTMAX -> new SoftmaxLoss();
      case NS -> new NegativeSamplingLoss(counts, neg);
      case HS -> new HierarchicalSoftmaxLoss(HuffmanTree.of(counts));
      case OVA -> new OneVsAllLoss();
    };
  }
}
