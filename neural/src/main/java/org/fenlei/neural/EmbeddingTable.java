package org.fenlei.neural;

/**
 * The read-only input rows of a model: words, then hash buckets. Its one operation is the embedding bag, the
 * mean of a document's rows, which is the model's hidden vector. Dense, int8 and product-quantized tables
 * implement it; training writes to a {@link DenseMatrix}, never through this type.
 */
interface EmbeddingTable {
  int rows();

  int dim();

  /** {@code hidden = (1/n) sum_{i<n} row(ids[i])}; zeros when {@code n == 0}. */
  void bag(int[] ids, int n, float[] hidden);

  /** The bytes the table takes in memory (and, about, on disk). */
  long bytes();
}
