package org.fenlei.neural;

/** Softmax over all labels: {@code loss = -log p(target)}, {@code d/d score_i = p_i - [i == target]}. */
final class SoftmaxLoss extends Objective implements OutputRule {

  @Override
  public void probabilities(OutputTable wo, float[] hidden, float[] out) {
    int n = wo.rows();
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      out[i] = wo.dotRow(hidden, i);
      max = Math.max(max, out[i]);
    }
    float z = 0f;
    for (int i = 0; i < n; i++) {
      out[i] = (float) Math.exp(out[i] - max);
      z += out[i];
    }
    for (int i = 0; i < n; i++) {
      out[i] /= z;
    }
  }

  @Override
  float forward(DenseMatrix wo, int[] targets, int targetIndex, State s, float lr) {
    probabilities(wo, s.hidden, s.output);
    int target = targets[targetIndex];
    for (int i = 0, n = wo.rows(); i < n; i++) {
      float alpha = lr * ((i == target ? 1f : 0f) - s.output[i]);
      wo.addRowTo(s.grad, i, alpha);
      wo.addToRow(s.hidden, i, alpha);
    }
    return -Tables.log(s.output[target]);
  }
}
