package org.fenlei.quant;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What {@link NativeKernels#product} needs of a {@link Conv1d} or {@link Linear} layer: the int8 weights packed for
 * the native kernels, and the layer's integer and float parameters, all in native memory.
 *
 * <p>The packing is that of x86 int8 dot-product instructions ({@code vpdpbusd}, {@code vpmaddubsw}): output channels
 * in blocks of 16, each block's depth in quads of 4 consecutive values, {@code [channels / 16][depth / 4][16][4]}
 * bytes, so that one 64-byte load holds 4 values of 16 channels and one broadcast 4-byte input quad meets them all.
 * Channels are padded to a multiple of 16 and the depth to a multiple of 4, with zero weights.
 *
 * <p>{@code params = [wsum (paddedChannels) | effectiveBias | outputMultiplier | outputShift (channels each)]}, where
 * {@code wsum_c = sum_k w_ck}: the levels that read the input as unsigned {@code x + 128} subtract {@code 128 wsum_c}
 * from each dot product ({@code sum_k (x_k + 128) w_ck - 128 sum_k w_ck = sum_k x_k w_ck}).
 *
 * <p>The weights, the parameters and the accumulator scales live in one direct buffer (native memory, freed with
 * the buffer), the weights 64-byte aligned: a forward passes their addresses and pins only its input and output.
 * Pinning the three constant arrays too cost about 40 ns a call (a {@code GetPrimitiveArrayCritical} and its release
 * each), a fifth of a small layer's forward.
 */
final class NativeProduct {
  static final int CHANNEL_BLOCK = 16;
  static final int QUAD = 4;

  final int channels;
  final int paddedChannels;
  final int depth;
  final int paddedDepth;
  /** Keeps the native memory of the three addresses below alive: it is freed when the buffer is collected. */
  private final ByteBuffer constants;
  /** The packed weights, {@code paddedChannels * paddedDepth} bytes. */
  final long weights;
  /** The parameters, {@code paddedChannels + 3 * channels} ints. */
  final long params;
  /** The accumulator scales, {@code channels} floats. */
  final long accumulatorScale;
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
    paddedChannels = (int) PackedWeights.roundUp(channels, CHANNEL_BLOCK);
    paddedDepth = (int) PackedWeights.roundUp(depth, QUAD);
    byte[] weights = new byte[paddedChannels * paddedDepth];
    int[] params = new int[paddedChannels + 3 * channels];
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
    long[] at = layout(channels, depth);
    int paramsAt = (int) at[0];
    int scalesAt = (int) at[1];
    // 63 bytes of slack at the start, to align the weights: where malloc put the buffer is known only once it is made
    ByteBuffer b = ByteBuffer.allocateDirect((int) at[2] + ALIGNMENT_SLACK).order(ByteOrder.nativeOrder());
    long base = NativeKernels.address(b);
    int skip = (int) (-base & 63);
    b.put(skip, weights);
    for (int i = 0; i < params.length; i++) {
      b.putInt(skip + paramsAt + 4 * i, params[i]);
    }
    for (int c = 0; c < channels; c++) {
      b.putFloat(skip + scalesAt + 4 * c, accumulatorScale[c]);
    }
    this.constants = b;
    this.weights = base + skip;
    this.params = base + skip + paramsAt;
    this.accumulatorScale = base + skip + scalesAt;
    this.activation = activation;
    this.requantizes = output != null;
    this.outputOffset = output == null ? 0 : output.zeroPoint();
    this.outputActivationMin = outputActivationMin;
    this.outputActivationMax = outputActivationMax;
  }

  /** Room before the constants, to start them on a 64-byte boundary whatever address the buffer gets. */
  private static final int ALIGNMENT_SLACK = 63;

  /**
   * Where the parameters and the scales start among a layer's constants, and the constants' size: the packed weights
   * (both sides padded), then the parameters, then the scales, the first two rounded up to 64 bytes. In {@code long},
   * so that a layer near 2 GiB is told apart ({@link #fits}) instead of wrapping around.
   */
  private static long[] layout(int channels, int depth) {
    long paddedChannels = PackedWeights.roundUp(channels, CHANNEL_BLOCK);
    long paramsAt = PackedWeights.roundUp(paddedChannels * PackedWeights.roundUp(depth, QUAD), 64);
    long scalesAt = paramsAt + PackedWeights.roundUp(4 * (paddedChannels + 3L * channels), 64);
    return new long[] {paramsAt, scalesAt, scalesAt + 4L * channels};
  }

  /** Whether the constants of a layer of {@code channels x depth} fit one direct buffer, with the alignment slack. */
  static boolean fits(int channels, int depth) {
    return layout(channels, depth)[2] + ALIGNMENT_SLACK <= Integer.MAX_VALUE - 8;
  }

  /** The buffer {@link #weights}, {@link #params} and {@link #accumulatorScale} point into. */
  ByteBuffer constants() {
    return constants;
  }

  boolean requantizes() {
    return requantizes;
  }
}
