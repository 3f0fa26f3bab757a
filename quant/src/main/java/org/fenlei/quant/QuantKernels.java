package org.fenlei.quant;

/**
 * The integer kernels, in two implementations with identical results: {@link ScalarKernels} (plain Java, the
 * fallback and the test oracle) and {@code VectorKernels} (jdk.incubator.vector). Only
 * {@link VectorizationProvider} chooses between them.
 *
 * <p>Integer outputs are bit-identical between the twins; float outputs too, because both perform the same float
 * operations per element in the same order (fused multiply-add where noted).
 */
interface QuantKernels {
  /**
   * Adds rows of an int8 table: {@code acc[j] += sum over i in [from, to) of table[ids[i] * cols + j]} for
   * {@code j < cols}. Callers bound the number of rows so that {@code acc} cannot overflow (|q| <= 128: 2^24 rows).
   */
  void sumRows(byte[] table, int cols, int[] ids, int from, int to, int[] acc);

  /**
   * Adds scaled rows in float: for each i in order, {@code out[j] = fma(scales[ids[i]], table[ids[i] * cols + j],
   * out[j])} for {@code j < cols}.
   */
  void sumRowsScaled(byte[] table, int cols, float[] scales, int[] ids, int from, int to, float[] out);

  /**
   * The int8 matrix product of {@link Conv1d} and {@link Linear}, on operands widened to int16 and laid out by
   * {@link PackedWeights}: for {@code r < rows} and {@code c < channels}, {@code dot(r, c) = sum over k < depth of
   * x[r * xStride + k] * w[c * depth + k]}. Stores {@code out[r * channels + c] = dot(r, c)}, or with
   * {@code maxOverRows} {@code out[c] = max(out[c], max over r of dot(r, c))}.
   *
   * <p>Requires x in [-128, 127], w in [-127, 127], {@code depth} a multiple of {@link PackedWeights#DEPTH_ALIGN},
   * {@code channels} a multiple of {@link PackedWeights#CHANNEL_ALIGN}, {@code x.length >= (rows - 1) * xStride +
   * depth}, and {@code depth <= PackedWeights.MAX_DEPTH} so that every dot product fits an int.
   */
  void gemm(short[] x, int xStride, int rows, short[] w, int depth, int channels, int[] out, boolean maxOverRows);

  /** {@code dst[i] = QuantParams.quantize(src[i], scale, zeroPoint, -128, 127)} for {@code i < n}. */
  void quantize(float[] src, int srcOff, byte[] dst, int dstOff, int n, float scale, int zeroPoint);

  /** {@code dst[i] = scale * (src[i] - zeroPoint)} for {@code i < n}. */
  void dequantize(byte[] src, int srcOff, float[] dst, int dstOff, int n, float scale, int zeroPoint);

  /**
   * {@code dst[i] = clamp(outputOffset + MultiplyByQuantizedMultiplier(acc[i], multiplier[c], shift[c]),
   * outputActivationMin, outputActivationMax)} for {@code i < n}, where {@code c = i % channels}: one multiplier
   * per tensor ({@code channels == 1}) or per output channel.
   */
  void requantize(int[] acc, int accOff, byte[] dst, int dstOff, int n, int[] multiplier, int[] shift,
      int channels, int outputOffset, int outputActivationMin, int outputActivationMax);
}
