package org.fenlei.bench.quant;

import java.util.Arrays;

/** Float32 TextCNN convolution (bias, ReLU, max-over-time) and linear layer on {@link FloatKernels}. */
final class FloatLayers {
  private FloatLayers() {
  }

  /** Conv1d, stride 1, valid padding, ReLU, max over time: {@code out[o]}. */
  static final class Conv {
    final int width;
    final int channels;
    final int filters;
    final int depth;
    final float[] packed;
    final float[] bias;

    Conv(float[] filters, int out, int width, int channels, float[] bias) {
      this.width = width;
      this.channels = channels;
      this.filters = out;
      this.depth = FloatKernels.roundUp(width * channels, FloatKernels.DEPTH_ALIGN);
      this.packed = FloatKernels.pack(filters, out, width * channels);
      this.bias = bias;
    }

    /** @param x {@code [length, channels]} followed by at least {@code depth} zeros, as {@link #padInput} makes */
    void forwardMaxPool(float[] x, int length, float[] out) {
      int rows = length - width + 1;
      float[] max = new float[FloatKernels.roundUp(filters, FloatKernels.CHANNEL_ALIGN)];
      Arrays.fill(max, Float.NEGATIVE_INFINITY);
      FloatKernels.gemm(x, channels, rows, packed, depth, max.length, max, true);
      for (int o = 0; o < filters; o++) {
        out[o] = Math.max(max[o] + bias[o], 0f);
      }
    }

    float[] padInput(float[] x) {
      return Arrays.copyOf(x, x.length + depth);
    }
  }

  /** Linear: {@code out[r, o] = x[r] . w[o] + bias[o]}. */
  static final class Dense {
    final int in;
    final int out;
    final int depth;
    final float[] packed;
    final float[] bias;

    Dense(float[] w, int out, int in, float[] bias) {
      this.in = in;
      this.out = out;
      this.depth = FloatKernels.roundUp(in, FloatKernels.DEPTH_ALIGN);
      this.packed = FloatKernels.pack(w, out, in);
      this.bias = bias;
    }

    /** @param x {@code [rows, in]} followed by at least {@code depth} zeros */
    void forward(float[] x, int rows, float[] y) {
      int pc = FloatKernels.roundUp(out, FloatKernels.CHANNEL_ALIGN);
      float[] acc = new float[rows * pc];
      FloatKernels.gemm(x, in, rows, packed, depth, pc, acc, false);
      for (int r = 0; r < rows; r++) {
        for (int o = 0; o < out; o++) {
          y[r * out + o] = acc[r * pc + o] + bias[o];
        }
      }
    }
  }
}
