package org.fenlei.neural;

/**
 * The shape of a TextCNN, whatever form its weights take.
 *
 * @param dim the embedding dimension
 * @param twoChannels whether a static channel sits beside the trained one
 * @param widths the filter widths
 * @param maps the filters per width
 */
record CnnShape(int dim, boolean twoChannels, int[] widths, int maps) {
  CnnShape {
    widths = widths.clone();
  }

  @Override
  public int[] widths() {
    return widths.clone();
  }

  /** Values per token position: the embedding dimension, twice it with two channels. */
  int channels() {
    return twoChannels ? 2 * dim : dim;
  }

  /** Pooled features: one per filter. */
  int features() {
    return maps * widths.length;
  }
}
