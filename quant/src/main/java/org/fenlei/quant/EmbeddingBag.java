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

  /**
   * Bags over {@code table}, on the kernels {@link VectorizationProvider} chose.
   *
   * @param table the table, in any scheme
   * @return the bag operator
   */
  public static EmbeddingBag of(Int8Matrix table) {
    return new EmbeddingBag(table, VectorizationProvider.kernels());
  }

  static EmbeddingBag of(Int8Matrix table, QuantKernels kernels) {
    return new EmbeddingBag(table, kernels);
  }

  /**
   * The table whose rows this sums.
   *
   * @return the table given to {@link #of}
   */
  public Int8Matrix table() {
    return table;
  }

  /**
   * The width of a row.
   *
   * @return the number of columns of the table, the length of every result
   */
  public int dim() {
    return table.cols();
  }

  /**
   * {@code out[j] = sum over i in [from, to) of table[ids[i]][j]}, in reals; zeros for an empty bag.
   *
   * @param ids row ids of the table
   * @param from the first index into {@code ids}, inclusive
   * @param to the last index into {@code ids}, exclusive; at most {@link #MAX_ROWS} after {@code from}
   * @param out receives {@link #dim()} values from index 0; may be longer
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside {@code ids} or a row id is outside the
   *     table
   * @throws IllegalArgumentException when the bag has more than {@link #MAX_ROWS} rows or {@code out} is shorter
   *     than {@link #dim()}
   */
  public void sum(int[] ids, int from, int to, float[] out) {
    reduce(ids, from, to, out, false);
  }

  /**
   * {@code out[j] = mean over i in [from, to) of table[ids[i]][j]}, in reals; zeros for an empty bag.
   *
   * @param ids row ids of the table
   * @param from the first index into {@code ids}, inclusive
   * @param to the last index into {@code ids}, exclusive; at most {@link #MAX_ROWS} after {@code from}
   * @param out receives {@link #dim()} values from index 0; may be longer
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside {@code ids} or a row id is outside the
   *     table
   * @throws IllegalArgumentException when the bag has more than {@link #MAX_ROWS} rows or {@code out} is shorter
   *     than {@link #dim()}
   */
  public void mean(int[] ids, int from, int to, float[] out) {
    reduce(ids, from, to, out, true);
  }

  /**
   * The sum, quantized with {@code output}'s parameters and saturated to [-128, 127]. A {@link
   * Int8Matrix.Scheme#PER_TENSOR} table is requantized in integers with the fixed-point multiplier
   * {@code S_table / S_output}; the other schemes quantize the float sum. An empty bag gives the zero point.
   *
   * @param ids row ids of the table
   * @param from the first index into {@code ids}, inclusive
   * @param to the last index into {@code ids}, exclusive; at most {@link #MAX_ROWS} after {@code from}
   * @param output the parameters of the result
   * @param out receives {@link #dim()} int8 values from index 0; may be longer
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside {@code ids} or a row id is outside the
   *     table
   * @throws IllegalArgumentException when the bag has more than {@link #MAX_ROWS} rows, {@code out} is shorter
   *     than {@link #dim()}, or (per-tensor table) {@code S_table / S_output} is too large for
   *     {@link FixedPointMultiplier#of} (about 2^30)
   */
  public void sum(int[] ids, int from, int to, QuantParams output, byte[] out) {
    reduce(ids, from, to, output, out, false);
  }

  /**
   * The mean, quantized with {@code output}'s parameters and saturated to [-128, 127]. A {@link
   * Int8Matrix.Scheme#PER_TENSOR} table is requantized in integers with the fixed-point multiplier
   * {@code S_table / (S_output * n)} for a bag of {@code n} rows; the other schemes quantize the float mean. An
   * empty bag gives the zero point.
   *
   * @param ids row ids of the table
   * @param from the first index into {@code ids}, inclusive
   * @param to the last index into {@code ids}, exclusive; at most {@link #MAX_ROWS} after {@code from}
   * @param output the parameters of the result
   * @param out receives {@link #dim()} int8 values from index 0; may be longer
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside {@code ids} or a row id is outside the
   *     table
   * @throws IllegalArgumentException when the bag has more than {@link #MAX_ROWS} rows, {@code out} is shorter
   *     than {@link #dim()}, or (per-tensor table) the multiplier is too large for {@link FixedPointMultiplier#of}
   *     (about 2^30)
   */
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
