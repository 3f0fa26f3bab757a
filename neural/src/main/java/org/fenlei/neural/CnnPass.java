package org.fenlei.neural;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.fenlei.quant.FakeQuant;
import org.fenlei.quant.QuantParams;

/**
 * One thread's forward and backward pass of TextCNN over one document, with its scratch arrays: embed the token
 * ids (padded or cut to {@code maxlen}), convolve with every filter bank, ReLU and max over time, dropout, dense.
 *
 * <p>Max-over-time pooling passes a filter's gradient back through one window only, the one that won the maximum:
 * the backward pass costs one {@code axpy} per filter, not a second convolution.
 *
 * <p>Under quantization-aware training the pass computes with a {@link View} whose filters and dense weights are
 * already rounded to their int8 grids, rounds the embedded input and the pooled features as the int8 model will
 * (FakeQuant), and passes gradients straight through (zero where a pooled feature was clamped).
 */
final class CnnPass {
  /**
   * What a pass computes with: the weights, and for quantization-aware training the rounded copies of the filters
   * and dense weights and the ranges of the input and pooled features (all null for plain float).
   */
  record View(CnnWeights w, float[][] conv, float[] dense, QuantParams input, QuantParams pooled,
      float[][] transposed, int cols) {
    /** A view of {@code conv} (the weights' filters or their rounded copies), transposed for the forward pass. */
    View(CnnWeights w, float[][] conv, float[] dense, QuantParams input, QuantParams pooled) {
      this(w, conv, dense, input, pooled, FloatCnn.transpose(w, conv, FloatCnn.columns(w.maps)),
          FloatCnn.columns(w.maps));
    }

    /** The plain float network. */
    static View of(CnnWeights w) {
      return new View(w, w.conv, w.dense, null, null);
    }
  }

  private final int maxlen;
  private final int channels;
  private final int dim;
  private final int features;
  /** The embedded input {@code [maxlen, channels]}. */
  final float[] x;
  /** The pooled features after ReLU (before rounding and dropout). */
  final float[] h;
  /** What the dense layer saw: rounded under QAT, after dropout in training. */
  final float[] in;
  /** The dense layer's outputs. */
  final float[] logits;
  private final int[] argmax;
  private final float[] dh;
  private final float[] dx;
  private final float[] bank;
  private final int[] bankArg;
  private final FloatOps ops = FloatOps.INSTANCE;
  private float keepScale;
  private boolean[] kept;

  CnnPass(CnnWeights w, int maxlen) {
    this.maxlen = maxlen;
    this.channels = w.channels;
    this.dim = w.dim;
    this.features = w.features();
    this.x = new float[maxlen * channels];
    this.h = new float[features];
    this.in = new float[features];
    this.logits = new float[w.labels];
    this.argmax = new int[features];
    this.dh = new float[features];
    this.dx = new float[maxlen * channels];
    this.kept = new boolean[features];
    this.bank = new float[FloatCnn.columns(w.maps)];
    this.bankArg = new int[bank.length];
  }

  /**
   * The forward pass; the logits are left in {@link #logits}.
   *
   * @param ids the document's token ids, at most {@code maxlen} of them (padded with id 0)
   * @param v the network
   * @param dropout the probability of dropping a pooled feature, 0 at inference
   * @param random the document's dropout stream; unused when {@code dropout} is 0
   */
  void forward(int[] ids, View v, float dropout, SplittableRandom random) {
    v.w.embed(ids, maxlen, x);
    if (v.input != null) {
      FakeQuant.forward(x, 0, x.length, v.input, x, 0);
    }
    convolve(v);
    System.arraycopy(h, 0, in, 0, features);
    if (v.pooled != null) {
      FakeQuant.forward(in, 0, features, v.pooled, in, 0);
    }
    if (dropout > 0) {
      keepScale = 1 / (1 - dropout);
      for (int f = 0; f < features; f++) {
        kept[f] = random.nextDouble() >= dropout;
        in[f] = kept[f] ? in[f] * keepScale : 0f;
      }
    } else {
      keepScale = 1;
      Arrays.fill(kept, true);
    }
    float[] dense = v.dense;
    for (int c = 0; c < logits.length; c++) {
      logits[c] = ops.dot(dense, c * features, in, 0, features) + v.w.denseBias[c];
    }
  }

  /** Every filter over every window, ReLU, max over time; remembers the winning window of each filter. */
  private void convolve(View v) {
    CnnWeights w = v.w;
    for (int i = 0; i < w.widths.length; i++) {
      ops.convMax(v.transposed[i], v.cols, x, channels, w.widths[i] * channels, maxlen - w.widths[i] + 1, bank,
          bankArg);
      for (int m = 0; m < w.maps; m++) {
        int f = i * w.maps + m;
        float value = bank[m] + w.convBias[i][m];
        h[f] = value > 0 ? value : 0f;
        argmax[f] = bankArg[m];
      }
    }
  }

  /**
   * The backward pass of the last {@link #forward}: adds this document's gradients to {@code g}.
   *
   * @param ids the document's token ids, as given to {@link #forward}
   * @param v the network of the forward pass
   * @param gLogits the loss's gradient with respect to {@link #logits}, already scaled
   * @param g where the gradients accumulate
   */
  void backward(int[] ids, View v, float[] gLogits, CnnGrads g) {
    CnnWeights w = v.w;
    Arrays.fill(dh, 0f);
    for (int c = 0; c < gLogits.length; c++) {
      float gc = gLogits[c];
      if (gc != 0) {
        ops.axpy(gc, in, 0, g.dense, c * features, features);
        g.denseBias[c] += gc;
        ops.axpy(gc, v.dense, c * features, dh, 0, features);
      }
    }
    QuantParams pooled = v.pooled;
    float lo = pooled == null ? Float.NEGATIVE_INFINITY : pooled.nudgedMin();
    float hi = pooled == null ? Float.POSITIVE_INFINITY : pooled.nudgedMax();
    for (int f = 0; f < features; f++) {
      boolean pass = kept[f] && h[f] > 0 && h[f] >= lo && h[f] <= hi;
      dh[f] = pass ? dh[f] * keepScale : 0f;
    }
    boolean embeddings = g.embedding != null;
    if (embeddings) {
      Arrays.fill(dx, 0f);
    }
    for (int i = 0; i < w.widths.length; i++) {
      int kc = w.widths[i] * channels;
      for (int m = 0; m < w.maps; m++) {
        int f = i * w.maps + m;
        float d = dh[f];
        if (d == 0) {
          continue;
        }
        int window = argmax[f] * channels;
        ops.axpy(d, x, window, g.conv[i], m * kc, kc);
        g.convBias[i][m] += d;
        if (embeddings) {
          ops.axpy(d, v.conv[i], m * kc, dx, window, kc);
        }
      }
    }
    if (embeddings) {
      int trained = w.fixed != null ? dim : 0;
      for (int p = 0; p < maxlen; p++) {
        g.addEmbedding(p < ids.length ? ids[p] : 0, dx, p * channels + trained);
      }
    }
  }
}
