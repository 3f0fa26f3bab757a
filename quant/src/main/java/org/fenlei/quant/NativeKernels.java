package org.fenlei.quant;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * quant's kernels in C ({@code src/main/c}), loaded by {@link NativeLibrary}, at one of three instruction-set levels
 * chosen per instance: AVX-512 VNNI ({@code vpdpbusd}), AVX2 ({@code vpmaddubsw}/{@code vpmaddwd} with the sign moved
 * to the weights, so that no pair saturates) and portable C. Each computes exactly what {@link ScalarKernels}
 * computes, bit for bit: integer results are exact, float ones come from the same operations in the same order.
 *
 * <p>The embedding bag's row sums run natively; so do whole layer forwards ({@link #product}: the matrix product over
 * {@link NativeProduct}'s packed int8 weights, bias, max-over-time pooling and the requantization or dequantization,
 * in one call). The other kernels are element-wise and cheap: they stay with the Java kernels given at construction.
 *
 * <p>Every call crosses JNI once (per bag, per layer forward), never per row; arrays are pinned, not copied
 * ({@code GetPrimitiveArrayCritical}), and a layer's constants are in native memory already ({@link NativeProduct}).
 * The native side trusts its arguments, so every method here checks all indices and lengths first: a wrong one
 * throws, it never reaches C.
 */
final class NativeKernels implements QuantKernels {
  /** The instruction-set levels, lowest first; the names are the values of {@code fenlei.quant.native}. */
  enum Level {
    PORTABLE("portable"),
    AVX2("avx2"),
    AVX512_VNNI("avx512vnni");

    final String id;

    Level(String id) {
      this.id = id;
    }

    static Level of(String id) {
      for (Level l : values()) {
        if (l.id.equals(id)) {
          return l;
        }
      }
      return null;
    }
  }

  /** Modes of {@link #product}: which epilogue follows the matrix product. */
  static final int ACCUMULATE = 0;
  static final int MAX_ACCUMULATE = 1;
  static final int REQUANTIZE = 2;
  static final int MAX_REQUANTIZE = 3;
  static final int DEQUANTIZE = 4;

  private final Level level;
  private final QuantKernels java;

  /**
   * Native kernels at {@code level}, with {@code java} for the element-wise kernels.
   *
   * @throws IllegalStateException when the library is not loaded or the CPU lacks {@code level}
   */
  NativeKernels(Level level, QuantKernels java) {
    Level best = NativeLibrary.bestLevel();
    if (best == null) {
      throw new IllegalStateException("native kernels unavailable: " + NativeLibrary.status());
    }
    if (level.compareTo(best) > 0) {
      throw new IllegalStateException("this CPU supports native kernels up to " + best.id + ", not " + level.id);
    }
    this.level = level;
    this.java = Objects.requireNonNull(java);
  }

  Level level() {
    return level;
  }

  /** The Java kernels this one hands the element-wise work to. */
  QuantKernels java() {
    return java;
  }

  @Override
  public void sumRows(byte[] table, int cols, int[] ids, int from, int to, int[] acc) {
    if (checkBag(table, cols, ids, from, to, cols, acc.length, Integer.MAX_VALUE)) {
      sumRows0(level.ordinal(), table, cols, ids, from, to, acc);
    }
  }

  @Override
  public void sumRowsScaled(byte[] table, int cols, float[] scales, int[] ids, int from, int to, float[] out) {
    if (checkBag(table, cols, ids, from, to, cols, out.length, scales.length)) {
      sumRowsScaled0(level.ordinal(), table, cols, scales, ids, from, to, out);
    }
  }

  /**
   * Checks what the native row sums read and write; false when there is nothing to do.
   *
   * @throws IndexOutOfBoundsException when {@code [from, to)} is outside {@code ids}, a row lies outside the table
   *     or has no scale, or the output is too short
   */
  private static boolean checkBag(byte[] table, int cols, int[] ids, int from, int to, int outNeeded, int outLength,
      int scales) {
    Objects.checkFromToIndex(from, to, ids.length);
    if (cols < 0 || outLength < outNeeded) {
      throw new IndexOutOfBoundsException("row of " + cols + " values, output of " + outLength);
    }
    if (cols == 0 || from == to) {
      return false;
    }
    long rows = Math.min(table.length / cols, scales);
    int min = 0;
    int max = 0;
    for (int i = from; i < to; i++) { // branch-free: C2 vectorizes the two reductions
      min = Math.min(min, ids[i]);
      max = Math.max(max, ids[i]);
    }
    if (min < 0 || max >= rows) {
      int bad = min < 0 ? min : max;
      throw new IndexOutOfBoundsException("row id " + bad + " outside [0, " + rows + ")");
    }
    return true;
  }

  @Override
  public void gemm(short[] x, int xStride, int rows, short[] w, int depth, int channels, int[] out,
      boolean maxOverRows) {
    java.gemm(x, xStride, rows, w, depth, channels, out, maxOverRows); // the int16 layout is the Java kernels' own
  }

  @Override
  public void quantize(float[] src, int srcOff, byte[] dst, int dstOff, int n, float scale, int zeroPoint) {
    java.quantize(src, srcOff, dst, dstOff, n, scale, zeroPoint);
  }

  @Override
  public void dequantize(byte[] src, int srcOff, float[] dst, int dstOff, int n, float scale, int zeroPoint) {
    java.dequantize(src, srcOff, dst, dstOff, n, scale, zeroPoint);
  }

  @Override
  public void requantize(int[] acc, int accOff, byte[] dst, int dstOff, int n, int[] multiplier, int[] shift,
      int channels, int outputOffset, int outputActivationMin, int outputActivationMax) {
    java.requantize(acc, accOff, dst, dstOff, n, multiplier, shift, channels, outputOffset, outputActivationMin,
        outputActivationMax);
  }

  /**
   * One layer forward in one native call: {@code rows} windows of {@code p.depth} input values, {@code stride}
   * apart from index 0, times the packed weights, plus bias; then by {@code mode}: the int32 accumulators
   * ({@code int[]}), their maximum over rows ({@code int[]}), requantized int8 ({@code byte[]}) with or without
   * max-over-time pooling, or dequantized floats ({@code float[]}) with the activation.
   *
   * @throws IndexOutOfBoundsException when the input or the output is too short for the shape
   * @throws IllegalArgumentException when {@code rows < 1}, {@code stride < 0}, or the output's type does not fit
   *     the mode
   */
  void product(NativeProduct p, byte[] x, int stride, int rows, int mode, Object out) {
    if (rows < 1 || stride < 0) {
      throw new IllegalArgumentException("rows " + rows + ", stride " + stride);
    }
    long inputBytes = (long) (rows - 1) * stride + p.depth;
    if (inputBytes > x.length) {
      throw new IndexOutOfBoundsException(rows + " windows of " + p.depth + " at stride " + stride + " need "
          + inputBytes + " input values: " + x.length);
    }
    long outRows = mode == MAX_ACCUMULATE || mode == MAX_REQUANTIZE ? 1 : rows;
    long needed = outRows * p.channels;
    int length = switch (mode) {
      case ACCUMULATE, MAX_ACCUMULATE -> out instanceof int[] a ? a.length : -1;
      case REQUANTIZE, MAX_REQUANTIZE -> out instanceof byte[] a ? a.length : -1;
      case DEQUANTIZE -> out instanceof float[] a ? a.length : -1;
      default -> -1;
    };
    if (length < 0) {
      throw new IllegalArgumentException("mode " + mode + " cannot write a " + out.getClass().getSimpleName());
    }
    if (needed > length) {
      throw new IndexOutOfBoundsException("output needs " + needed + " values: " + length);
    }
    if ((mode == REQUANTIZE || mode == MAX_REQUANTIZE) && !p.requantizes()) {
      throw new IllegalStateException("built without output parameters: only float output is available");
    }
    product0(level.ordinal(), x, (int) inputBytes, stride, rows, p.weights, p.paddedDepth, p.paddedChannels,
        p.channels, p.params, mode, p.outputOffset, p.outputActivationMin, p.outputActivationMax,
        mode == DEQUANTIZE ? p.accumulatorScale : 0, p.activation.ordinal(), out);
    // the call read native memory the buffer owns: it must not be collected (and freed) before the call returns
    Reference.reachabilityFence(p.constants());
  }

  /**
   * The address of a direct buffer's memory.
   *
   * @throws IllegalArgumentException when the buffer is not direct
   */
  static long address(ByteBuffer direct) {
    if (!direct.isDirect()) {
      throw new IllegalArgumentException("not a direct buffer");
    }
    long a = address0(direct);
    if (a == 0) {
      throw new IllegalStateException("the JVM gave no address for a direct buffer");
    }
    return a;
  }

  private static native long address0(ByteBuffer direct);

  static native int cpuLevel0();

  private static native void sumRows0(int level, byte[] table, int cols, int[] ids, int from, int to, int[] acc);

  private static native void sumRowsScaled0(int level, byte[] table, int cols, float[] scales, int[] ids, int from,
      int to, float[] out);

  private static native void product0(int level, byte[] input, int inputBytes, int stride, int rows, long weights,
      int depth, int paddedChannels, int channels, long params, int mode, int outputOffset, int activationMin,
      int activationMax, long scale, int activation, Object out);
}
