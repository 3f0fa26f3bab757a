package org.fenlei.neural;

/**
 * Applies a mini-batch's gradients to TextCNN's weights: Adam (Kingma and Ba 2015, with PyTorch's arithmetic:
 * {@code p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)}) or plain SGD, then Kim's max-norm constraint
 * on the dense layer's rows when one is set.
 *
 * <p>Embedding rows are updated lazily: only rows the batch used move (their moments decay only then), as
 * TensorFlow's {@code LazyAdam}; dense Adam would touch every row of the vocabulary at every step.
 */
final class CnnOptimizer {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPS = 1e-8f;

  private final boolean adam;
  private final float lr;
  private final float maxNorm;
  private final CnnWeights w;
  private final CnnWeights m;
  private final CnnWeights v;
  private long step;
  /** This step's {@code lr / (1 - b1^t)} and {@code sqrt(1 - b2^t)}. */
  private float rate;
  private float c2;

  /**
   * @param adam Adam, else SGD
   * @param maxNorm the largest L2 norm of a dense row, 0 for none
   */
  CnnOptimizer(CnnWeights w, boolean adam, float lr, float maxNorm) {
    this.w = w;
    this.adam = adam;
    this.lr = lr;
    this.maxNorm = maxNorm;
    this.m = adam ? CnnWeights.zerosLike(w) : null;
    this.v = adam ? CnnWeights.zerosLike(w) : null;
  }

  /** One update with the batch's summed gradients {@code g} (already divided by the batch size). */
  void step(CnnGrads g) {
    step++;
    rate = adam ? (float) (lr / (1 - Math.pow(BETA1, step))) : lr;
    c2 = (float) Math.sqrt(1 - Math.pow(BETA2, step));
    for (int i = 0; i < w.widths.length; i++) {
      update(w.conv[i], g.conv[i], adam ? m.conv[i] : null, adam ? v.conv[i] : null, 0, w.conv[i].length);
      update(w.convBias[i], g.convBias[i], adam ? m.convBias[i] : null, adam ? v.convBias[i] : null, 0, w.maps);
    }
    update(w.dense, g.dense, adam ? m.dense : null, adam ? v.dense : null, 0, w.dense.length);
    update(w.denseBias, g.denseBias, adam ? m.denseBias : null, adam ? v.denseBias : null, 0, w.labels);
    if (g.embedding != null) {
      int[] rows = g.touched();
      for (int k = 0; k < g.touchedCount(); k++) {
        int off = rows[k] * w.dim;
        update(w.embedding, g.embedding, adam ? m.embedding : null, adam ? v.embedding : null, off, w.dim);
      }
    }
    if (maxNorm > 0) {
      constrain();
    }
  }

  private void update(float[] p, float[] g, float[] mm, float[] vv, int off, int n) {
    if (!adam) {
      FloatOps.INSTANCE.axpy(-lr, g, off, p, off, n);
      return;
    }
    for (int j = off; j < off + n; j++) {
      float gj = g[j];
      float mj = BETA1 * mm[j] + (1 - BETA1) * gj;
      float vj = BETA2 * vv[j] + (1 - BETA2) * gj * gj;
      mm[j] = mj;
      vv[j] = vj;
      p[j] -= rate * mj / ((float) Math.sqrt(vj) / c2 + EPS);
    }
  }

  /** Rescales every dense row whose L2 norm exceeds {@code maxNorm} to that norm (Kim 2014, section 2.1). */
  private void constrain() {
    int f = w.features();
    for (int c = 0; c < w.labels; c++) {
      double s = 0;
      for (int j = c * f; j < (c + 1) * f; j++) {
        s += (double) w.dense[j] * w.dense[j];
      }
      double norm = Math.sqrt(s);
      if (norm > maxNorm) {
        float scale = (float) (maxNorm / norm);
        for (int j = c * f; j < (c + 1) * f; j++) {
          w.dense[j] *= scale;
        }
      }
    }
  }
}
