package org.fenlei.quant;

import java.util.Arrays;

/**
 * What {@link Conv1d} and {@link Linear} share: packed weights, the int32 accumulators {@code sum (x - Z_x) w +
 * bias}, and the output stage, either requantization to int8 ({@code outputOffset}, per-channel {@code
 * outputMultiplier} and {@code outputShift}, the activation clamp) or dequantization to float.
 */
final class QuantizedProduct {
  final PackedWeights packed;
  final QuantParams input;
  final QuantParams output; // null: float output only
  final Activation activation;
  private final QuantKernels kernels;
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
    this.packed = new PackedWeights(weights, PackedWeights.quantizeBias(bias, input.scale(), weights),
        input.zeroPoint());
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
  }

  int channels() {
    return packed.channels;
  }

  /** Accumulators {@code [rows, channels]} of {@code rows} windows of {@code depth} values at {@code stride}. */
  int[] accumulate(byte[] x, int length, int rows, int stride) {
    int pc = packed.paddedChannels;
    int[] raw = new int[rows * pc];
    kernels.gemm(packed.widenInput(x, length, rows, stride), stride, rows, packed.weights, packed.paddedDepth, pc,
        raw, false);
    int channels = packed.channels;
    int[] acc = new int[rows * channels];
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

  void requantize(int[] acc, byte[] out) {
    if (output == null) {
      throw new IllegalStateException("built without output parameters: only float output is available");
    }
    kernels.requantize(acc, 0, out, 0, acc.length, outputMultiplier, outputShift, packed.channels,
        output.zeroPoint(), outputActivationMin, outputActivationMax);
  }

  /** {@code real = S_input * S_weight_c * acc}, then the activation in float. */
  void dequantize(int[] acc, float[] out) {
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
