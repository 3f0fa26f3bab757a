package org.fenlei.neural;

/** One independent binary logistic loss per label, summed: the multi-label loss ({@code ova}). */
final class OneVsAllLoss extends Objective implements OutputRule {

  @Override
  boolean allTargets() {
    return true;
  }

  @Override
  float forward(DenseMatrix wo, int[] targets, int targetIndex, State s, float lr) {
    float loss = 0f;
    for (int i = 0, n = wo.rows(); i < n; i++) {
      loss += binaryLogistic(wo, i, s, contains(targets, i), lr);
    }
    return loss;
  }

  @Override
  public void probabilities(OutputTable wo, float[] hidden, float[] out) {
    for (int i = 0, n = wo.rows(); i < n; i++) {
      out[i] = Tables.sigmoid(wo.dotRow(hidden, i));
    }
  }
}
