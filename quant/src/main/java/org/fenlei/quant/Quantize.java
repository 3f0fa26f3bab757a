package org.fenlei.quant;

/**
 * Tensor conversions between float and int8 and between int8 scales, on the chosen kernels
 * ({@link VectorizationProvider}).
 */
public final class Quantize {
  private Quantize() {
  }

  /**
   * {@code dst[i] = clamp(round(src[i] / scale) + zeroPoint, -128, 127)}, ties away from zero; NaN becomes the zero
   * point.
   *
   * @param src the real values
   * @param srcOff the index of the first value in {@code src}
   * @param dst receives the {@code n} int8 values
   * @param dstOff the index in {@code dst} of the first result
   * @param n the number of values, {@code >= 0}
   * @param params the scale and zero point
   * @throws IndexOutOfBoundsException when {@code [srcOff, srcOff + n)} or {@code [dstOff, dstOff + n)} is not
   *     inside its array, or {@code n < 0}
   */
  public static void quantize(float[] src, int srcOff, byte[] dst, int dstOff, int n, QuantParams params) {
    checkRange(src.length, srcOff, n);
    checkRange(dst.length, dstOff, n);
    VectorizationProvider.kernels().quantize(src, srcOff, dst, dstOff, n, params.scale(), params.zeroPoint());
  }

  /**
   * {@code dst[i] = scale * (src[i] - zeroPoint)}.
   *
   * @param src the int8 values
   * @param srcOff the index of the first value in {@code src}
   * @param dst receives the {@code n} real values
   * @param dstOff the index in {@code dst} of the first result
   * @param n the number of values, {@code >= 0}
   * @param params the scale and zero point
   * @throws IndexOutOfBoundsException when {@code [srcOff, srcOff + n)} or {@code [dstOff, dstOff + n)} is not
   *     inside its array, or {@code n < 0}
   */
  public static void dequantize(byte[] src, int srcOff, float[] dst, int dstOff, int n, QuantParams params) {
    checkRange(src.length, srcOff, n);
    checkRange(dst.length, dstOff, n);
    VectorizationProvider.kernels().dequantize(src, srcOff, dst, dstOff, n, params.scale(), params.zeroPoint());
  }

  /**
   * int32 accumulators to int8: {@code dst[i] = clamp(outputOffset + MultiplyByQuantizedMultiplier(acc[i],
   * outputMultiplier), outputActivationMin, outputActivationMax)}.
   *
   * @param acc the int32 accumulators
   * @param accOff the index of the first accumulator in {@code acc}
   * @param dst receives the {@code n} int8 values
   * @param dstOff the index in {@code dst} of the first result
   * @param n the number of values, {@code >= 0}
   * @param outputMultiplier the real multiplier {@code M} in fixed point, one for all values
   * @param outputOffset the output's zero point, added after scaling
   * @param outputActivationMin the lower end of the output clamp, in [-128, 127]
   * @param outputActivationMax the upper end of the output clamp, in [outputActivationMin, 127]
   * @throws IndexOutOfBoundsException when {@code [accOff, accOff + n)} or {@code [dstOff, dstOff + n)} is not
   *     inside its array, or {@code n < 0}
   * @throws IllegalArgumentException when the clamp is not inside [-128, 127] or its ends are reversed
   */
  public static void requantize(int[] acc, int accOff, byte[] dst, int dstOff, int n,
      FixedPointMultiplier outputMultiplier, int outputOffset, int outputActivationMin, int outputActivationMax) {
    checkRange(acc.length, accOff, n);
    checkRange(dst.length, dstOff, n);
    if (outputActivationMin < QuantParams.QMIN || outputActivationMax > QuantParams.QMAX
        || outputActivationMin > outputActivationMax) {
      throw new IllegalArgumentException("activation range [" + outputActivationMin + ", " + outputActivationMax
          + "] is not inside [-128, 127]");
    }
    VectorizationProvider.kernels().requantize(acc, accOff, dst, dstOff, n,
        new int[] {outputMultiplier.multiplier()}, new int[] {outputMultiplier.shift()}, 1, outputOffset,
        outputActivationMin, outputActivationMax);
  }

  /**
   * int8 from one scale to another: {@code q' = Z' + M (q - Z)} with {@code M = S / S'} in fixed point, saturated
   * to [-128, 127].
   *
   * @param src the int8 values
   * @param srcOff the index of the first value in {@code src}
   * @param from the parameters of {@code src}, {@code (S, Z)}
   * @param dst receives the {@code n} int8 values
   * @param dstOff the index in {@code dst} of the first result
   * @param n the number of values, {@code >= 0}
   * @param to the parameters of {@code dst}, {@code (S', Z')}
   * @throws IndexOutOfBoundsException when {@code [srcOff, srcOff + n)} or {@code [dstOff, dstOff + n)} is not
   *     inside its array, or {@code n < 0}
   * @throws IllegalArgumentException when {@code S / S'} is too large for {@link FixedPointMultiplier#of} (about
   *     2^30)
   */
  public static void requantize(byte[] src, int srcOff, QuantParams from, byte[] dst, int dstOff, int n,
      QuantParams to) {
    checkRange(src.length, srcOff, n);
    int[] acc = new int[n];
    for (int i = 0; i < n; i++) {
      acc[i] = src[srcOff + i] - from.zeroPoint();
    }
    requantize(acc, 0, dst, dstOff, n, FixedPointMultiplier.of((double) from.scale() / to.scale()),
        to.zeroPoint(), QuantParams.QMIN, QuantParams.QMAX);
  }

  private static void checkRange(int length, int off, int n) {
    if (off < 0 || n < 0 || (long) off + n > length) {
      throw new IndexOutOfBoundsException("[" + off + ", " + ((long) off + n) + ") outside [0, " + length + ")");
    }
  }
}
