package org.fenlei.features;

import java.io.DataOutput;
import java.io.IOException;

/** Maps terms to feature indices and knows each feature's inverse document frequency. Immutable. */
interface TermIndex {
  /** The number of features. */
  int size();

  /** The feature index of {@code term}, or -1 when it has none. */
  int indexOf(String term);

  /**
   * The index of the term spelt by {@code buf[off, off + len)}, as {@link #indexOf(String)} of that string.
   * Implementations may avoid building the string.
   */
  default int indexOf(char[] buf, int off, int len) {
    return indexOf(new String(buf, off, len));
  }

  /** The smooth idf of a feature, {@code ln((1 + n) / (1 + df)) + 1}. */
  float idf(int index);

  /** A readable name of a feature, for reports and feature inspection. */
  String describe(int index);

  void write(DataOutput out) throws IOException;
}
