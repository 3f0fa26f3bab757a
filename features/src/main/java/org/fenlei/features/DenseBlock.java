package org.fenlei.features;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A fitted block of dense features appended after the sparse n-gram features (fusion): topic proportions,
 * LSI components, averaged word vectors, lexicon counts. Immutable and safe to share between threads.
 */
interface DenseBlock {
  /** The block's name, as in the {@code fuse} setting and the model file. */
  String name();

  int dimension();

  /**
   * Writes the block's features for one document into {@code out[offset, offset + dimension())}.
   *
   * @param words the document's normalised tokens
   * @param bag its weighted n-gram vector (before selection), for blocks built on it
   */
  void compute(List<String> words, SparseVector bag, float[] out, int offset);

  /** A readable name of component {@code i}, for reports and feature inspection. */
  default String describe(int i) {
    return name() + "#" + i;
  }

  /** Writes the block after its name; read back by {@link DenseBlocks#read}. */
  void write(DataOutput out) throws IOException;
}
