package org.fenlei.neural;

import java.util.Arrays;

/** One SGD step on one example, shared by supervised and word-vector training (the tool's {@code Model::update}). */
final class Sgd {
  private final DenseMatrix wi;
  private final DenseMatrix wo;
  private final Objective objective;
  private final boolean normalizeGradient;

  Sgd(DenseMatrix wi, DenseMatrix wo, Objective objective, boolean normalizeGradient) {
    this.wi = wi;
    this.wo = wo;
    this.objective = objective;
    this.normalizeGradient = normalizeGradient;
  }

  /** Input rows {@code input[0, n)} towards {@code targets[targetIndex]} (all targets when the loss takes them). */
  void update(int[] input, int n, int[] targets, int targetIndex, float lr, State s) {
    if (n == 0) {
      return;
    }
    wi.bag(input, n, s.hidden);
    Arrays.fill(s.grad, 0f);
    s.lossSum += objective.forward(wo, targets, targetIndex, s, lr);
    s.examples++;
    if (normalizeGradient) {
      float inv = 1f / n;
      for (int j = 0; j < s.grad.length; j++) {
        s.grad[j] *= inv;
      }
    }
    for (int k = 0; k < n; k++) {
      wi.addToRow(s.grad, input[k], 1f);
    }
  }

  /**
   * A supervised example: all labels at once for one-vs-all (no label: a negative for each), else one label drawn
   * at random (no label: nothing to learn).
   */
  void supervised(int[] rows, int[] labels, float lr, State s) {
    if (rows.length == 0 || labels.length == 0 && !objective.allTargets()) {
      return;
    }
    int target = objective.allTargets() ? -1 : labels.length == 1 ? 0 : s.rng.nextInt(labels.length);
    update(rows, rows.length, labels, target, lr, s);
  }
}
