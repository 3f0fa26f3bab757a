package org.fenlei.quant;

/** The plain-Java kernels: the fallback where jdk.incubator.vector is absent, and the oracle of the tests. */
final class ScalarKernels implements QuantKernels {
  @Override
  public void sumRows(byte[] table, int cols, int[] ids, int from, int to, int[] acc) {
    for (int i = from; i < to; i++) {
      int base = ids[i] * cols;
      for (int j = 0; j < cols; j++) {
        // int32 += int8: |term| <= 2^7, the caller bounds the row count by 2^24
        acc[j] += table[base + j];
      }
    }
  }

  @Override
  public void sumRowsScaled(byte[] table, int cols, float[] scales, int[] ids, int from, int to, float[] out) {
    for (int i = from; i < to; i++) {
      int base = ids[i] * cols;
      float scale = scales[ids[i]];
      for (int j = 0; j < cols; j++) {
        out[j] = Math.fma(scale, table[base + j], out[j]);
      }
    }
  }

  @Override
  public void gemm(short[] x, int xStride, int rows, short[] w, int depth, int channels, int[] out,
      boolean maxOverRows) {
    for (int r = 0; r < rows; r++) {
      int xo = r * xStride;
      for (int c = 0; c < channels; c++) {
        int wo = c * depth;
        int dot = 0;
        for (int k = 0; k < depth; k++) {
          // int32 += int8 * int8: |term| <= 128 * 127 = 16256; depth <= MAX_DEPTH = 2^17 terms stay below 2^31
          dot += x[xo + k] * w[wo + k];
        }
        if (maxOverRows) {
          out[c] = Math.max(out[c], dot);
        } else {
          out[r * channels + c] = dot;
        }
      }
    }
  }

  @Override
  public void quantize(float[] src, int srcOff, byte[] dst, int dstOff, int n, float scale, int zeroPoint) {
    for (int i = 0; i < n; i++) {
      dst[dstOff + i] = (byte) QuantParams.quantize(src[srcOff + i], scale, zeroPoint, QuantParams.QMIN,
          QuantParams.QMAX);
    }
  }

  @Override
  public void dequantize(byte[] src, int srcOff, float[] dst, int dstOff, int n, float scale, int zeroPoint) {
    for (int i = 0; i < n; i++) {
      dst[dstOff + i] = scale * (src[srcOff + i] - zeroPoint); // real = scale * (q - zeroPoint)
    }
  }

  @Override
  public void requantize(int[] acc, int accOff, byte[] dst, int dstOff, int n, int[] multiplier, int[] shift,
      int channels, int outputOffset, int outputActivationMin, int outputActivationMax) {
    for (int i = 0; i < n; i++) {
      int c = channels == 1 ? 0 : i % channels;
      int v = FixedPoint.multiplyByQuantizedMultiplier(acc[accOff + i], multiplier[c], shift[c]);
      // int32 + offset in [-128, 127], as TensorFlow Lite adds it: it could wrap only for |v| > 2^31 - 128, i.e. a
      // multiplier >= 1 on an extreme accumulator; the vector twin adds (and would wrap) identically
      v += outputOffset;
      dst[dstOff + i] = (byte) Math.min(Math.max(v, outputActivationMin), outputActivationMax);
    }
  }
}
