package org.fenlei.neural;

import java.util.Arrays;

/**
 * One thread's gradients of a mini-batch, shaped as {@link CnnWeights}. The embedding gradient is a dense table
 * whose touched rows are listed, so clearing and applying it costs the rows a batch used, not the vocabulary.
 */
final class CnnGrads {
  final float[][] conv;
  final float[][] convBias;
  final float[] dense;
  final float[] denseBias;
  /** {@code [vocab, dim]} for the trained embedding rows; null when the embeddings are not trained. */
  final float[] embedding;
  private final boolean[] marked;
  private int[] touched = new int[256];
  private int touchedCount;
  private final int dim;
  /** The summed loss of the batch's documents (for the progress line). */
  double loss;

  CnnGrads(CnnWeights w, boolean trainEmbeddings) {
    conv = new float[w.widths.length][];
    convBias = new float[w.widths.length][w.maps];
    for (int i = 0; i < conv.length; i++) {
      conv[i] = new float[w.conv[i].length];
    }
    dense = new float[w.dense.length];
    denseBias = new float[w.labels];
    embedding = trainEmbeddings ? new float[w.embedding.length] : null;
    marked = trainEmbeddings ? new boolean[w.vocab] : null;
    dim = w.dim;
  }

  /** {@code embedding[row] += src[off .. off + dim)}. */
  void addEmbedding(int row, float[] src, int off) {
    if (!marked[row]) {
      marked[row] = true;
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, 2 * touchedCount);
      }
      touched[touchedCount++] = row;
    }
    FloatOps.INSTANCE.axpy(1f, src, off, embedding, row * dim, dim);
  }

  /** The rows with an embedding gradient, in the first {@link #touchedCount()} entries. */
  int[] touched() {
    return touched;
  }

  int touchedCount() {
    return touchedCount;
  }

  /** Adds {@code o}'s gradients to these (the reduction of the threads' parts of a batch). */
  void add(CnnGrads o) {
    FloatOps ops = FloatOps.INSTANCE;
    for (int i = 0; i < conv.length; i++) {
      ops.axpy(1f, o.conv[i], 0, conv[i], 0, conv[i].length);
      ops.axpy(1f, o.convBias[i], 0, convBias[i], 0, convBias[i].length);
    }
    ops.axpy(1f, o.dense, 0, dense, 0, dense.length);
    ops.axpy(1f, o.denseBias, 0, denseBias, 0, denseBias.length);
    if (embedding != null) {
      for (int k = 0; k < o.touchedCount; k++) {
        int row = o.touched[k];
        addEmbedding(row, o.embedding, row * dim);
      }
    }
    loss += o.loss;
  }

  /** Zeroes every gradient. */
  void clear() {
    for (int i = 0; i < conv.length; i++) {
      Arrays.fill(conv[i], 0f);
      Arrays.fill(convBias[i], 0f);
    }
    Arrays.fill(dense, 0f);
    Arrays.fill(denseBias, 0f);
    if (embedding != null) {
      for (int k = 0; k < touchedCount; k++) {
        int row = touched[k];
        marked[row] = false;
        Arrays.fill(embedding, row * dim, (row + 1) * dim, 0f);
      }
      touchedCount = 0;
    }
    loss = 0;
  }
}
