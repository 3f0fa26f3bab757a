package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.fenlei.quant.EmbeddingBag;
import org.fenlei.quant.Int8Matrix;

/**
 * The int8 input table of a quantized model: the quant module's row-wise format (fbgemm's: a float scale and offset
 * per row, {@code real = scale_r * q + offset_r}, every value within half a step of its original), served by the
 * quant module's {@link EmbeddingBag}, which takes the mean of a document's rows on the fastest kernels quant's
 * {@code VectorizationProvider} has (native AVX-512 VNNI / AVX2 where its library loads, else the Vector API), with
 * identical results on each. A quarter of the float table.
 */
final class Int8Rows implements EmbeddingTable {
  private final Int8Matrix table;
  private final EmbeddingBag bag;

  private Int8Rows(Int8Matrix table) {
    this.table = table;
    this.bag = EmbeddingBag.of(table);
  }

  /** Quantizes each row of {@code m} to 256 levels between its minimum and maximum (offline). */
  static Int8Rows quantize(DenseMatrix m) {
    return new Int8Rows(Int8Matrix.quantizeRowwise(m.data, m.rows, m.cols));
  }

  @Override
  public int rows() {
    return table.rows();
  }

  @Override
  public int dim() {
    return table.cols();
  }

  @Override
  public void bag(int[] ids, int n, float[] hidden) {
    bag.mean(ids, 0, n, hidden);
  }

  @Override
  public long bytes() {
    return table.sizeInBytes();
  }

  void write(DataOutput out) throws IOException {
    table.write(out);
  }

  static Int8Rows read(DataInput in) throws IOException {
    Int8Matrix t = Int8Matrix.read(in);
    if (t.scheme() != Int8Matrix.Scheme.ROWWISE) {
      throw new IOException("an int8 input table must be row-wise, this one is " + t.scheme());
    }
    return new Int8Rows(t);
  }
}
