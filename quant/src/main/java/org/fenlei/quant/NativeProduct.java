package org.fenlei.quant;

/**
 * What {@link NativeKernels#product} needs of a {@link Conv1d} or {@link Linear} layer: the int8 weights packed for
 * the native kernels, and the layer's integer and float parameters in two arrays, so that a forward pins few arrays.
 *
 * <p>The packing is that of x86 int8 dot-product instructions ({@code vpdpbusd}, {@code vpmaddubsw}): output channels
 * in blocks of 16, each block's depth in quads of 4 consecutive values, {@code [channels / 16][depth / 4][16][4]}
 * bytes, so that one 64-byte load holds 4 values of 16 channels and one broadcast 4-byte input quad meets them all.
 * Channels are padded to a multiple of 16 and the depth to a multiple of 4, with zero weights.
 *
 * <p>{@code params = [wsum (paddedChannels) | effectiveBias | outputMultiplier | outputShift (channels each)]}, where
 * {@code wsum_c = sum_k w_ck}: the levels that read the input as unsigned {@code x + 128} subtract {@code 128 wsum_c}
 * from each dot product ({@code sum_k (x_k + 128) w_ck - 128 sum_k w_ck = sum_k x_k w_ck}).
 */
final class NativeProduct {
  static final int CHANNEL_BLOCK = 16;
  static final int QUAD = 4;

  final int channels;
  final int paddedChannels;
  final int depth;
  final int paddedDepth;
  final byte[] weights;
  final int[] params;
  final float[] accumulatorScale;
  final Activation activation;
  final int outputOffset;
  final int outputActivationMin;
  final int outputActivationMax;
  private final boolean requantizes;

  NativeProduct(Int8Matrix w, int[] effectiveBias, int[] outputMultiplier, int[] outputShift,
      float[] accumulatorScale, Activation activation, QuantParams output, int outputActivationMin,
      int outputActivationMax) {
    channels = w.rows();
    depth = w.cols();
    paddedChannels = PackedWeights.roundUp(channels, CHANNEL_BLOCK);
    paddedDepth = PackedWeights.roundUp(depth, QUAD);
    weights = new byte[paddedChannels * paddedDepth];
    params = new int[paddedChannels + 3 * channels];
    byte[] data = w.data();
    for (int c = 0; c < channels; c++) {
      int block = c / CHANNEL_BLOCK * paddedDepth * CHANNEL_BLOCK + c % CHANNEL_BLOCK * QUAD;
      int sum = 0;
      for (int k = 0; k < depth; k++) {
        byte q = data[c * depth + k];
        weights[block + k / QUAD * CHANNEL_BLOCK * QUAD + k % QUAD] = q;
        sum += q; // |sum| <= 127 * 2^17: PackedWeights has checked the depth and the values
      }
      params[c] = sum;
    }
    System.arraycopy(effectiveBias, 0, params, paddedChannels, channels);
    System.arraycopy(outputMultiplier, 0, params, paddedChannels + channels, channels);
    System.arraycopy(outputShift, 0, params, paddedChannels + 2 * channels, channels);
    this.accumulatorScale = accumulatorScale;
    this.activation = activation;
    this.requantizes = output != null;
    this.outputOffset = output == null ? 0 : output.zeroPoint();
    this.outputActivationMin = outputActivationMin;
    this.outputActivationMax = outputActivationMax;
  }

  boolean requantizes() {
    return requantizes;
  }
}
