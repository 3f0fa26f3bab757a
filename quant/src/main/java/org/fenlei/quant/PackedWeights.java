package org.fenlei.quant;

/**
 * Weights of {@link Conv1d} and {@link Linear} laid out for the kernels (gemmlowp calls this packing): widened to
 * int16, each output channel's row padded with zeros to a multiple of {@link #DEPTH_ALIGN}, the channel count padded
 * to a multiple of {@link #CHANNEL_ALIGN} with zero rows. Zero padding makes every vector loop free of tails: a
 * window may read past its end into the next input row, and the zero weights cancel what it reads.
 *
 * <p>The zero points leave the inner loop here (Jacob et al. 2018, equations 7-9): with symmetric weights ({@code
 * Z_w = 0}), {@code sum_k (x_k - Z_x) w_k = sum_k x_k w_k - Z_x sum_k w_k}, so each channel's effective bias is
 * {@code bias_c + inputOffset * sum_k w_ck} with {@code inputOffset = -Z_x}, and the hot loop is a pure int8 dot
 * product.
 *
 * <p>Under native kernels the int16 copy is not made ({@code weights} is null): {@link NativeProduct} packs the int8
 * values its own way, and this class only checks the weights and computes the effective bias.
 */
final class PackedWeights {
  static final int DEPTH_ALIGN = 64;
  static final int CHANNEL_ALIGN = 4;
  /** |x * w| <= 128 * 127 = 16256; 2^17 terms keep a raw dot product below 2^31. */
  static final int MAX_DEPTH = 1 << 17;

  final int channels;
  final int paddedChannels;
  final int depth;
  final int paddedDepth;
  final short[] weights; // null when not widened
  /** Per channel: {@code bias + inputOffset * sum_k w}; the accumulator is {@code dot + effectiveBias}. */
  final int[] effectiveBias;

  PackedWeights(Int8Matrix w, int[] bias, int inputZeroPoint, boolean widen) {
    if (w.scheme() == Int8Matrix.Scheme.ROWWISE
        || w.scheme() == Int8Matrix.Scheme.PER_TENSOR && w.zeroPoint() != 0) {
      throw new IllegalArgumentException("weights must be symmetric (PER_CHANNEL, or PER_TENSOR with zero point 0), "
          + "got " + w.scheme() + (w.scheme() == Int8Matrix.Scheme.PER_TENSOR ? " zero point " + w.zeroPoint() : ""));
    }
    if (w.cols() < 1 || w.cols() > MAX_DEPTH) {
      throw new IllegalArgumentException("weight rows must have 1 to " + MAX_DEPTH + " values: " + w.cols());
    }
    if (bias.length != w.rows()) {
      throw new IllegalArgumentException("bias has " + bias.length + " values for " + w.rows() + " channels");
    }
    channels = w.rows();
    depth = w.cols();
    paddedChannels = (int) roundUp(channels, CHANNEL_ALIGN);
    paddedDepth = (int) roundUp(depth, DEPTH_ALIGN);
    weights = widen ? new short[paddedChannels * paddedDepth] : null;
    effectiveBias = new int[channels];
    byte[] data = w.data();
    int inputOffset = -inputZeroPoint;
    for (int c = 0; c < channels; c++) {
      long sum = 0;
      long absSum = 0;
      for (int k = 0; k < depth; k++) {
        int q = data[c * depth + k];
        if (q == Byte.MIN_VALUE) {
          throw new IllegalArgumentException("symmetric weights must lie in [-127, 127], found -128 at channel "
              + c + ", index " + k);
        }
        if (widen) {
          weights[c * paddedDepth + k] = (short) q;
        }
        sum += q;
        absSum += Math.abs(q);
      }
      long effective = bias[c] + (long) inputOffset * sum;
      // the true accumulator sum_k (x_k - Z_x) w_k + bias lies within 255 * sum|w| + |bias|; it must fit an int
      // (then every intermediate int sum, which may wrap, ends exact)
      if (255 * absSum + Math.abs((long) bias[c]) > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("channel " + c + " could overflow its int32 accumulator: 255 * "
            + absSum + " + |" + bias[c] + "| > 2^31 - 1");
      }
      effectiveBias[c] = (int) effective;
    }
  }

  /** Widens an int8 input to int16, zero-padded so that {@code rows} windows at {@code stride} can be read whole. */
  short[] widenInput(byte[] input, int length, int rows, int stride) {
    short[] x = new short[Math.max((rows - 1) * stride + paddedDepth, length)];
    for (int i = 0; i < length; i++) {
      x[i] = input[i];
    }
    return x;
  }

  /** Integer bias with scale {@code S_input * S_weight_c} and zero point 0 (Jacob et al. 2018, section 2.4). */
  static int[] quantizeBias(float[] bias, float inputScale, Int8Matrix w) {
    if (bias == null) {
      return new int[w.rows()];
    }
    if (bias.length != w.rows()) {
      throw new IllegalArgumentException("bias has " + bias.length + " values for " + w.rows() + " channels");
    }
    int[] q = new int[bias.length];
    for (int c = 0; c < bias.length; c++) {
      double real = (double) bias[c] / ((double) inputScale * w.scale(c));
      double v = FixedPointMultiplier.roundHalfAwayFromZero(real);
      if (!(Math.abs(v) <= 1 << 30)) {
        throw new IllegalArgumentException("bias " + bias[c] + " of channel " + c + " does not fit int32 at scale "
            + (double) inputScale * w.scale(c));
      }
      q[c] = (int) v;
    }
    return q;
  }

  static long roundUp(long n, int align) {
    return (n + align - 1) / align * align;
  }
}
