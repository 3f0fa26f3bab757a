package org.fenlei.quant;

import java.util.Arrays;

/**
 * Sums or means of selected rows of an int8 table (fastText's hidden vector is the mean of its word and n-gram
 * rows). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link Int8Matrix.Scheme#PER_TENSOR} tables accumulate in integers: int8 rows into int16 partial sums of at
 *       most 256 rows, folded into int32; the zero point is taken out once per bag ({@code sum_r (q_r - Z) = sum_r
 *       q_r - n Z}) and the result dequantized or requantized once.
 *   <li>{@link Int8Matrix.Scheme#ROWWISE} tables (fbgemm's 8-bit row-wise format) and {@link
 *       Int8Matrix.Scheme#PER_CHANNEL} tables accumulate {@code scale_r * q} in float, one fused multiply-add per
 *       value, as fbgemm does: rows with different scales have no common integer unit. The row offsets are
 *       constant along a row and are added once per bag.
 * </ul>
 */
public final class EmbeddingBag {
  /** Rows per bag: int32 sums of up to 2^22 int8 rows, minus {@code n Z}, stay below 2^30. */
  public static final int MAX_ROWS = 1 << 22;

  private final Int8Matrix table;
  private final QuantKernels kernels;

  private EmbeddingBag(Int8Matrix table, QuantKernels kernels) {
    this.table = table;
    this.kernels = kernels;
  }

  public static EmbeddingBag of(Int8Matrix table) {
    return new EmbeddingBag(table, VectorizationProvider.kernels());
  }

  static EmbeddingBag of(Int8Matrix table, QuantKernels kernels) {
    return new EmbeddingBag(table, kernels);
  }

  public Int8Matrix table() {
    return table;
  }

  /** The width of a row. */
  public int dim() {
    return table.cols();
  }

  /** {@code out[j] = sum over i in [from, to) of table[ids[i]][j]}, in reals. */
  public void sum(int[] ids, int from, int to, float[] out) {
    reduce(ids, from, to, out, false);
  }

  /** {@code out[j] = mean over i in [from, to) of table[ids[i]][j]}, in reals; zeros for an empty bag. */
  public void mean(int[] ids, int from, int to, float[] out) {
    reduce(ids, from, to, out, true);
  }

  /** The sum, quantized with {@code output}'s parameters. */
  public void sum(int[] ids, int from, int to, QuantParams output, byte[] out) {
    reduce(ids, from, to, output, out, false);
  }

  /** The mean, quantized with {@code output}'s parameters. */
  public void mean(int[] ids, int from, int to, QuantParams output, byte[] out) {
    reduce(ids, from, to, output, out, true);
  }

  private void reduce(int[] ids, int from, int to, float[] out, boolean mean) {
    int n = check(ids, from, to, out.length);
    int dim = dim();
    if (table.scheme() == Int8Matrix.Scheme.PER_TENSOR) {
      int[] acc = new int[dim];
      kernels.sumRows(table.data(), dim, ids, from, to, acc);
      int zeroPointSum = n * table.zeroPoint(); // |n Z| <= 2^22 * 2^7
      float factor = mean && n > 0 ? table.scale(0) / n : table.scale(0);
      for (int j = 0; j < dim; j++) {
        out[j] = factor * (acc[j] - zeroPointSum); // real = scale * (sum q - n Z) [/ n]
      }
      return;
    }
    Arrays.fill(out, 0, dim, 0f);
    kernels.sumRowsScaled(table.data(), dim, table.scales(), ids, from, to, out);
    float offsetSum = 0;
    if (table.scheme() == Int8Matrix.Scheme.ROWWISE) {
      float[] offsets = table.offsets();
      for (int i = from; i < to; i++) {
        offsetSum += offsets[ids[i]];
      }
    }
    for (int j = 0; j < dim; j++) {
      float v = out[j] + offsetSum; // real = sum_r (scale_r q_r + offset_r)
      out[j] = mean && n > 0 ? v / n : v;
    }
  }

  private void reduce(int[] ids, int from, int to, QuantParams output, byte[] out, boolean mean) {
    int n = check(ids, from, to, out.length);
    int dim = dim();
    if (table.scheme() != Int8Matrix.Scheme.PER_TENSOR) {
      float[] real = new float[dim];
      reduce(ids, from, to, real, mean);
      kernels.quantize(real, 0, out, 0, dim, output.scale(), output.zeroPoint());
      return;
    }
    int[] acc = new int[dim];
    kernels.sumRows(table.data(), dim, ids, from, to, acc);
    int zeroPointSum = n * table.zeroPoint();
    for (int j = 0; j < dim; j++) {
      acc[j] -= zeroPointSum; // |sum q - n Z| <= 2^22 * 255 < 2^31
    }
    // M = S_table / (S_output * n) for the mean: one fixed-point multiplier per bag size
    double m = (double) table.scale(0) / output.scale() / (mean && n > 0 ? n : 1);
    FixedPointMultiplier multiplier = FixedPointMultiplier.of(m);
    kernels.requantize(acc, 0, out, 0, dim, new int[] {multiplier.multiplier()}, new int[] {multiplier.shift()}, 1,
        output.zeroPoint(), QuantParams.QMIN, QuantParams.QMAX);
  }

  private int check(int[] ids, int from, int to, int outLength) {
    if (from < 0 || to > ids.length || from > to) {
      throw new IndexOutOfBoundsException("ids range [" + from + ", " + to + ") outside [0, " + ids.length + ")");
    }
    if (to - from > MAX_ROWS) {
      throw new IllegalArgumentException("a bag holds at most " + MAX_ROWS + " rows: " + (to - from));
    }
    if (outLength < dim()) {
      throw new IllegalArgumentException("output needs " + dim() + " values: " + outLength);
    }
    int rows = table.rows();
    for (int i = from; i < to; i++) {
      if (ids[i] < 0 || ids[i] >= rows) {
        throw new IndexOutOfBoundsException("row id " + ids[i] + " at " + i + " outside the table [0, " + rows + ")");
      }
    }
    return to - from;
  }
}
