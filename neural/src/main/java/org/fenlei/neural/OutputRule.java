package org.fenlei.neural;

/** How a model turns its hidden vector into one probability per label at prediction time. */
interface OutputRule {
  /** Fills {@code out[0, labels)}. */
  void probabilities(OutputTable wo, float[] hidden, float[] out);

  /** The rule of models trained with {@code loss} ({@code ns} and {@code ova}: one sigmoid per label). */
  static OutputRule of(Loss loss, long[] labelCounts) {
    return switch (loss) {
      case SOFTMAX -> new SoftmaxLoss();
      case NS, OVA -> new OneVsAllLoss();
      case HS -> new HierarchicalSoftmaxLoss(HuffmanTree.of(labelCounts));
    };
  }
}
