package org.fenlei.quant;

import java.util.Arrays;

/**
 * What {@link Conv1d} and {@link Linear} share: packed weights, the int32 accumulators {@code sum (x - Z_x) w +
 * bias}, and the output stage, either requantization to int8 ({@code outputOffset}, per-channel {@code
 * outputMultiplier} and {@code outputShift}, the activation clamp) or dequantization to float.
 *
 * <p>On the Java kernels each step is a kernel call; on {@link NativeKernels} a whole forward (product, bias, pooling,
 * output stage) is one native call over {@link NativeProduct}'s int8 packing, and the int16 packing is not made.
 */
final class QuantizedProduct {
  final PackedWeights packed;
  final QuantParams input;
  final QuantParams output; // null: float output only
  final Activation activation;
  private final QuantKernels kernels;
  private final NativeKernels nativeKernels; // null: the Java kernels
  private final NativeProduct nativeProduct;
  private final int[] outputMultiplier;
  private final int[] outputShift;
  private final float[] accumulatorScale;
  private final int outputActivationMin;
  private final int outputActivationMax;

  QuantizedProduct(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output, Activation activation,
      QuantKernels kernels) {
    if (input == null || activation == null) {
      throw new IllegalArgumentException("input parameters and activation are required");
    }
    this.nativeKernels = kernels instanceof NativeKernels n ? n : null;
    this.packed = new PackedWeights(weights, PackedWeights.quantizeBias(bias, input.scale(), weights),
        input.zeroPoint(), nativeKernels == null);
    this.input = input;
    this.output = output;
    this.activation = activation;
    this.kernels = kernels;
    int channels = weights.rows();
    outputMultiplier = new int[channels];
    outputShift = new int[channels];
    accumulatorScale = new float[channels];
    for (int c = 0; c < channels; c++) {
      double accScale = (double) input.scale() * weights.scale(c); // the scale of the int32 accumulator
      accumulatorScale[c] = (float) accScale;
      if (output != null) {
        // M = S_input * S_weight / S_output, as Q31 fixed point and shift
        FixedPointMultiplier m = FixedPointMultiplier.of(accScale / output.scale());
        outputMultiplier[c] = m.multiplier();
        outputShift[c] = m.shift();
      }
    }
    outputActivationMin = output == null ? 0 : activation.outputActivationMin(output);
    outputActivationMax = output == null ? 0 : activation.outputActivationMax(output);
    // a layer whose packed constants would not fit one direct buffer (about 2 GiB) stays on the Java kernels
    nativeProduct = nativeKernels == null || !NativeProduct.fits(weights.rows(), weights.cols()) ? null
        : new NativeProduct(weights, packed.effectiveBias, outputMultiplier, outputShift, accumulatorScale, activation,
            output, outputActivationMin, outputActivationMax);
  }

  int channels() {
    return packed.channels;
  }

  /** Accumulators {@code [rows, channels]} of {@code rows} windows of {@code depth} values at {@code stride}. */
  int[] accumulate(byte[] x, int length, int rows, int stride) {
    int channels = packed.channels;
    int[] acc = new int[rows * channels];
    if (nativeProduct != null) {
      nativeKernels.product(nativeProduct, x, stride, rows, NativeKernels.ACCUMULATE, acc);
      return acc;
    }
    int pc = packed.paddedChannels;
    int[] raw = new int[rows * pc];
    kernels.gemm(packed.widenInput(x, length, rows, stride), stride, rows, packed.weights, packed.paddedDepth, pc,
        raw, false);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < channels; c++) {
        // int32: dot + effective bias, the true value bounded below 2^31 by PackedWeights' check
        acc[r * channels + c] = raw[r * pc + c] + packed.effectiveBias[c];
      }
    }
    return acc;
  }

  /**
   * The per-channel maximum of the accumulators over all windows. Requantization and the clamp are monotone
   * non-decreasing, so max-pooling accumulators equals max-pooling outputs, and only one value per channel is
   * requantized.
   */
  int[] accumulateMax(byte[] x, int length, int rows, int stride) {
    if (nativeProduct != null) {
      int[] acc = new int[packed.channels];
      nativeKernels.product(nativeProduct, x, stride, rows, NativeKernels.MAX_ACCUMULATE, acc);
      return acc;
    }
    int[] raw = new int[packed.paddedChannels];
    Arrays.fill(raw, Integer.MIN_VALUE);
    kernels.gemm(packed.widenInput(x, length, rows, stride), stride, rows, packed.weights, packed.paddedDepth,
        packed.paddedChannels, raw, true);
    int[] acc = Arrays.copyOf(raw, packed.channels);
    for (int c = 0; c < acc.length; c++) {
      acc[c] += packed.effectiveBias[c];
    }
    return acc;
  }

  /** Requantized outputs {@code [rows, channels]}: {@link #accumulate}, then the output stage. */
  void forward(byte[] x, int length, int rows, int stride, byte[] out) {
    checkRequantizes();
    if (nativeProduct != null) {
      nativeKernels.product(nativeProduct, x, stride, rows, NativeKernels.REQUANTIZE, out);
    } else {
      requantize(accumulate(x, length, rows, stride), out);
    }
  }

  /** Requantized outputs {@code [channels]} of {@link #accumulateMax}. */
  void forwardMax(byte[] x, int length, int rows, int stride, byte[] out) {
    checkRequantizes();
    if (nativeProduct != null) {
      nativeKernels.product(nativeProduct, x, stride, rows, NativeKernels.MAX_REQUANTIZE, out);
    } else {
      requantize(accumulateMax(x, length, rows, stride), out);
    }
  }

  /** Dequantized outputs {@code [rows, channels]} of {@link #accumulate}, then the activation in float. */
  void forwardDequantized(byte[] x, int length, int rows, int stride, float[] out) {
    if (nativeProduct != null) {
      nativeKernels.product(nativeProduct, x, stride, rows, NativeKernels.DEQUANTIZE, out);
    } else {
      dequantize(accumulate(x, length, rows, stride), out);
    }
  }

  private void checkRequantizes() {
    if (output == null) {
      throw new IllegalStateException("built without output parameters: only float output is available");
    }
  }

  private void requantize(int[] acc, byte[] out) {
    kernels.requantize(acc, 0, out, 0, acc.length, outputMultiplier, outputShift, packed.channels,
        output.zeroPoint(), outputActivationMin, outputActivationMax);
  }

  /** {@code real = S_input * S_weight_c * acc}, then the activation in float. */
  private void dequantize(int[] acc, float[] out) {
    int channels = packed.channels;
    for (int i = 0; i < acc.length; i++) {
      float v = accumulatorScale[i % channels] * acc[i];
      out[i] = switch (activation) {
        case NONE -> v;
        case RELU -> Math.max(v, 0f);
        case RELU6 -> Math.min(Math.max(v, 0f), 6f);
      };
    }
  }
}
