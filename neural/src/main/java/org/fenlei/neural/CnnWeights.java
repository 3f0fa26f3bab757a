package org.fenlei.neural;

import java.util.Random;

/**
 * TextCNN's float parameters (Kim 2014): an embedding table, one bank of 1-D filters per width, and the dense output
 * layer. The network sees, for each of {@code maxlen} token positions, {@link #channels} values: the embedding
 * row, or in the two-channel variant the fixed (static) row followed by the trained one.
 *
 * <p>Filter {@code m} of width {@code k} is the row {@code conv[i][m * k * channels ...]}, laid out {@code [k,
 * channels]} as quant's {@code Conv1d} stores it, so window {@code t} of the input is the contiguous run
 * {@code x[t * channels, (t + k) * channels)}.
 *
 * <p>Arrays are filled once (initialisation, training, reading a file); a model never changes them after it is
 * built, and {@link #copy} gives training its snapshots.
 */
final class CnnWeights {
  final int vocab;
  final int dim;
  final int channels;
  final int[] widths;
  final int maps;
  final int labels;
  /** {@code [vocab, dim]}: the trained rows (the only rows, unless two-channel). */
  final float[] embedding;
  /** {@code [vocab, dim]}: the static channel's rows in the two-channel variant; null otherwise. */
  final float[] fixed;
  /** Per width {@code i}: {@code [maps, widths[i] * channels]}. */
  final float[][] conv;
  /** Per width: {@code [maps]}. */
  final float[][] convBias;
  /** {@code [labels, features]}. */
  final float[] dense;
  /** {@code [labels]}. */
  final float[] denseBias;

  CnnWeights(int vocab, int dim, boolean twoChannels, int[] widths, int maps, int labels) {
    this(vocab, dim, twoChannels, twoChannels, widths, maps, labels);
  }

  private CnnWeights(int vocab, int dim, boolean twoChannels, boolean withFixed, int[] widths, int maps,
      int labels) {
    this.vocab = vocab;
    this.dim = dim;
    this.channels = twoChannels ? 2 * dim : dim;
    this.widths = widths.clone();
    this.maps = maps;
    this.labels = labels;
    this.embedding = new float[Math.multiplyExact(vocab, dim)];
    this.fixed = withFixed ? new float[vocab * dim] : null;
    this.conv = new float[widths.length][];
    this.convBias = new float[widths.length][maps];
    for (int i = 0; i < widths.length; i++) {
      conv[i] = new float[maps * widths[i] * channels];
    }
    this.dense = new float[labels * features()];
    this.denseBias = new float[labels];
  }

  /** Zeros of {@code w}'s shape without a static channel: an optimizer's moments, which it never has. */
  static CnnWeights zerosLike(CnnWeights w) {
    return new CnnWeights(w.vocab, w.dim, w.fixed != null, false, w.widths, w.maps, w.labels);
  }

  /** The pooled features: one per filter. */
  int features() {
    return maps * widths.length;
  }

  /**
   * The network's input for a document: {@code maxlen} rows of {@link #channels} values, row p the embedding of
   * {@code ids[p]} (the static channel's row first when there are two), padding (id 0) after the last id.
   */
  void embed(int[] ids, int maxlen, float[] x) {
    for (int p = 0; p < maxlen; p++) {
      int id = p < ids.length ? ids[p] : CnnInput.PAD;
      int o = p * channels;
      if (fixed != null) {
        System.arraycopy(fixed, id * dim, x, o, dim);
        System.arraycopy(embedding, id * dim, x, o + dim, dim);
      } else {
        System.arraycopy(embedding, id * dim, x, o, dim);
      }
    }
  }

  /** The widest filter: the shortest input a model accepts before padding. */
  int maxWidth() {
    int w = 0;
    for (int k : widths) {
      w = Math.max(w, k);
    }
    return w;
  }

  /**
   * PyTorch's default initialisation, so that fenlei and its peer start alike: embeddings N(0, 1) (rows given by
   * pretrained vectors are set by the caller afterwards), filters, dense weights and biases uniform in
   * {@code +-1/sqrt(fan_in)}.
   */
  void initialise(Random random) {
    for (int j = 0; j < embedding.length; j++) {
      embedding[j] = (float) random.nextGaussian();
    }
    if (fixed != null) {
      System.arraycopy(embedding, 0, fixed, 0, embedding.length);
    }
    for (int i = 0; i < widths.length; i++) {
      float bound = (float) (1 / Math.sqrt(widths[i] * channels));
      uniform(conv[i], bound, random);
      uniform(convBias[i], bound, random);
    }
    float bound = (float) (1 / Math.sqrt(features()));
    uniform(dense, bound, random);
    uniform(denseBias, bound, random);
  }

  private static void uniform(float[] a, float bound, Random random) {
    for (int j = 0; j < a.length; j++) {
      a[j] = (2 * random.nextFloat() - 1) * bound;
    }
  }

  /** A deep copy. */
  CnnWeights copy() {
    CnnWeights c = new CnnWeights(vocab, dim, fixed != null, widths, maps, labels);
    c.copyFrom(this);
    return c;
  }

  /** Overwrites every parameter with {@code o}'s (same shape). */
  void copyFrom(CnnWeights o) {
    System.arraycopy(o.embedding, 0, embedding, 0, embedding.length);
    if (fixed != null) {
      System.arraycopy(o.fixed, 0, fixed, 0, fixed.length);
    }
    for (int i = 0; i < widths.length; i++) {
      System.arraycopy(o.conv[i], 0, conv[i], 0, conv[i].length);
      System.arraycopy(o.convBias[i], 0, convBias[i], 0, maps);
    }
    System.arraycopy(o.dense, 0, dense, 0, dense.length);
    System.arraycopy(o.denseBias, 0, denseBias, 0, labels);
  }

  /** Bytes of the float parameters. */
  long bytes() {
    long n = embedding.length + (fixed == null ? 0 : fixed.length) + dense.length + labels;
    for (int i = 0; i < widths.length; i++) {
      n += conv[i].length + maps;
    }
    return 4 * n;
  }
}
