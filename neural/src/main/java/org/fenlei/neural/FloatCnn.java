package org.fenlei.neural;

/**
 * TextCNN's float inference: the filters of each width transposed to {@code [width * channels, maps]} (maps padded
 * to whole vectors with zero filters) once, so that {@link FloatOps#convMax} computes a bank's maximum over time
 * without reductions. Training keeps its own pass ({@link CnnPass}), which also needs the winning window of each
 * filter; both compute the same function up to float summation order. Immutable and thread-safe.
 */
final class FloatCnn {
  private final CnnWeights w;
  private final int maxlen;
  private final int cols;
  private final float[][] transposed;

  FloatCnn(CnnWeights w, int maxlen) {
    this.w = w;
    this.maxlen = maxlen;
    this.cols = columns(w.maps);
    this.transposed = transpose(w, w.conv, cols);
  }

  /** The maps padded to whole vectors. */
  static int columns(int maps) {
    int lanes = FloatOps.INSTANCE.lanes();
    return (maps + lanes - 1) / lanes * lanes;
  }

  /** Each width's filters {@code [maps, depth]} as {@code [depth, cols]}, the padding columns zero. */
  static float[][] transpose(CnnWeights w, float[][] conv, int cols) {
    float[][] out = new float[w.widths.length][];
    for (int i = 0; i < w.widths.length; i++) {
      int depth = w.widths[i] * w.channels;
      float[] t = new float[depth * cols];
      for (int m = 0; m < w.maps; m++) {
        for (int j = 0; j < depth; j++) {
          t[j * cols + m] = conv[i][m * depth + j];
        }
      }
      out[i] = t;
    }
    return out;
  }

  /** The dense layer's outputs for a document's token ids (at most {@code maxlen}; padded with id 0). */
  float[] logits(int[] ids) {
    int channels = w.channels;
    float[] x = new float[maxlen * channels];
    w.embed(ids, maxlen, x);
    FloatOps ops = FloatOps.INSTANCE;
    int features = w.features();
    float[] h = new float[features];
    float[] bank = new float[cols];
    int[] arg = new int[cols];
    for (int i = 0; i < transposed.length; i++) {
      ops.convMax(transposed[i], cols, x, channels, w.widths[i] * channels, maxlen - w.widths[i] + 1, bank, arg);
      for (int m = 0; m < w.maps; m++) {
        float v = bank[m] + w.convBias[i][m];
        h[i * w.maps + m] = v > 0 ? v : 0f;
      }
    }
    float[] logits = new float[w.labels];
    for (int c = 0; c < w.labels; c++) {
      logits[c] = ops.dot(w.dense, c * features, h, 0, features) + w.denseBias[c];
    }
    return logits;
  }
}
