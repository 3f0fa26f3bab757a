package org.fenlei.neural;

/** The read-only output rows of a model (one per label, or per inner node of the Huffman tree). */
interface OutputTable {
  int rows();

  int dim();

  /** {@code row(i) . v}. */
  float dotRow(float[] v, int i);
}
