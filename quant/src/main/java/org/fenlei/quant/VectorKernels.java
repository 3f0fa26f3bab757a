package org.fenlei.quant;

import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.B2F;
import static jdk.incubator.vector.VectorOperators.B2I;
import static jdk.incubator.vector.VectorOperators.B2S;
import static jdk.incubator.vector.VectorOperators.F2I;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.I2B;
import static jdk.incubator.vector.VectorOperators.I2F;
import static jdk.incubator.vector.VectorOperators.I2L;
import static jdk.incubator.vector.VectorOperators.L2I;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The jdk.incubator.vector twin of {@link ScalarKernels}, bit-identical to it. Loaded only by
 * {@link VectorizationProvider}, and only when the module is present and vectors are 256 or 512 bits wide.
 *
 * <p>Shapes are few on purpose: shorts, floats and longs in the preferred shape only; ints also in half of it
 * (requantization's int-to-long conversions: {@code convertShape} with a part other than 0 is not intrinsified on
 * JDK 17 and allocates); bytes in half and a quarter of it (the widening conversions). At most two shapes per type
 * keep the type profiles of the Vector API's shared internals at most bimorphic, which C2 still inlines.
 */
final class VectorKernels implements QuantKernels {
  private static final VectorSpecies<Short> S = VectorGemm.S;
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
  /** Ints as many as longs in {@link #L}: half the shape, for the 64-bit products of requantization. */
  private static final VectorSpecies<Integer> IL =
      VectorSpecies.of(int.class, VectorShape.forBitSize(L.vectorBitSize() / 2));
  /** Bytes as many as shorts in {@link #S}: widened by {@code B2S}. */
  private static final VectorSpecies<Byte> BS =
      VectorSpecies.of(byte.class, VectorShape.forBitSize(S.vectorBitSize() / 2));
  /** Bytes as many as floats (ints) in {@link #F}: widened by {@code B2F} / {@code B2I}. */
  private static final VectorSpecies<Byte> BF =
      VectorSpecies.of(byte.class, VectorShape.forBitSize(F.vectorBitSize() / 4));
  private static final IntVector ONE = IntVector.broadcast(IL, 1);
  private static final QuantKernels SCALAR = new ScalarKernels();
  /** Rows summed in int16 before folding into int32: 256 values of [-128, 127] lie in [-32768, 32512]. */
  static final int INT16_ROWS = 256;

  VectorKernels() {
    int bits = S.vectorBitSize();
    if (bits < 256 || bits > 512 || PackedWeights.DEPTH_ALIGN % (2 * S.length()) != 0) {
      throw new UnsupportedOperationException("preferred vectors of " + bits + " bits (256 or 512 needed)");
    }
  }

  @Override
  public void sumRows(byte[] table, int cols, int[] ids, int from, int to, int[] acc) {
    int lanes = S.length();
    int block = 4 * lanes;
    int padded = (cols + block - 1) / block * block;
    if (!wholeRowsReadable(table, cols, ids, from, to, padded)) {
      SCALAR.sumRows(table, cols, ids, from, to, acc);
      return;
    }
    short[] part = new short[padded];
    for (int group = from; group < to; group += INT16_ROWS) {
      int end = Math.min(to, group + INT16_ROWS);
      // columns in blocks of 4 vectors held in registers across the rows; rows are read as whole blocks, the lanes
      // past `cols` (the next row's values, or the table's padding) are summed and ignored
      for (int j = 0; j < padded; j += block) {
        ShortVector s0 = ShortVector.zero(S);
        ShortVector s1 = s0;
        ShortVector s2 = s0;
        ShortVector s3 = s0;
        for (int i = group; i < end; i++) {
          int o = ids[i] * cols + j;
          // int16 += int8: at most 256 rows per group, sums in [-32768, 32512]
          s0 = s0.add((ShortVector) ByteVector.fromArray(BS, table, o).convertShape(B2S, S, 0));
          s1 = s1.add((ShortVector) ByteVector.fromArray(BS, table, o + lanes).convertShape(B2S, S, 0));
          s2 = s2.add((ShortVector) ByteVector.fromArray(BS, table, o + 2 * lanes).convertShape(B2S, S, 0));
          s3 = s3.add((ShortVector) ByteVector.fromArray(BS, table, o + 3 * lanes).convertShape(B2S, S, 0));
        }
        s0.intoArray(part, j);
        s1.intoArray(part, j + lanes);
        s2.intoArray(part, j + 2 * lanes);
        s3.intoArray(part, j + 3 * lanes);
      }
      for (int j = 0; j < cols; j++) {
        acc[j] += part[j]; // int32 += int16 group sums; the caller bounds the rows by 2^22
      }
    }
  }

  @Override
  public void sumRowsScaled(byte[] table, int cols, float[] scales, int[] ids, int from, int to, float[] out) {
    int lanes = F.length();
    int block = 4 * lanes;
    int padded = (cols + block - 1) / block * block;
    if (!wholeRowsReadable(table, cols, ids, from, to, padded)) {
      SCALAR.sumRowsScaled(table, cols, scales, ids, from, to, out);
      return;
    }
    float[] acc = new float[padded];
    System.arraycopy(out, 0, acc, 0, cols);
    for (int j = 0; j < padded; j += block) {
      // each lane starts from out[j] and takes its rows in order, one fma each: the scalar twin's rounding exactly
      FloatVector s0 = FloatVector.fromArray(F, acc, j);
      FloatVector s1 = FloatVector.fromArray(F, acc, j + lanes);
      FloatVector s2 = FloatVector.fromArray(F, acc, j + 2 * lanes);
      FloatVector s3 = FloatVector.fromArray(F, acc, j + 3 * lanes);
      for (int i = from; i < to; i++) {
        int o = ids[i] * cols + j;
        FloatVector scale = FloatVector.broadcast(F, scales[ids[i]]);
        s0 = ((FloatVector) ByteVector.fromArray(BF, table, o).convertShape(B2F, F, 0)).fma(scale, s0);
        s1 = ((FloatVector) ByteVector.fromArray(BF, table, o + lanes).convertShape(B2F, F, 0)).fma(scale, s1);
        s2 = ((FloatVector) ByteVector.fromArray(BF, table, o + 2 * lanes).convertShape(B2F, F, 0)).fma(scale, s2);
        s3 = ((FloatVector) ByteVector.fromArray(BF, table, o + 3 * lanes).convertShape(B2F, F, 0)).fma(scale, s3);
      }
      s0.intoArray(acc, j);
      s1.intoArray(acc, j + lanes);
      s2.intoArray(acc, j + 2 * lanes);
      s3.intoArray(acc, j + 3 * lanes);
    }
    System.arraycopy(acc, 0, out, 0, cols);
  }

  /**
   * Whether every row of the bag can be read as {@code padded} bytes. {@link Int8Matrix} pads its storage so that this
   * holds; only bare arrays (in tests) take the scalar path, which gives the same results. Checking once per bag keeps
   * the row loops free of branches: on JDK 17, vectors merged across a branch inside a loop are boxed.
   */
  private static boolean wholeRowsReadable(byte[] table, int cols, int[] ids, int from, int to, int padded) {
    int maxId = 0;
    for (int i = from; i < to; i++) {
      maxId = Math.max(maxId, ids[i]);
    }
    return (long) maxId * cols + padded <= table.length;
  }

  @Override
  public void gemm(short[] x, int xStride, int rows, short[] w, int depth, int channels, int[] out,
      boolean maxOverRows) {
    VectorGemm.gemm(x, xStride, rows, w, depth, channels, out, maxOverRows);
  }

  @Override
  public void quantize(float[] src, int srcOff, byte[] dst, int dstOff, int n, float scale, int zeroPoint) {
    int i = 0;
    for (int up = F.loopBound(n); i < up; i += F.length()) {
      // the steps of QuantParams.quantize, lane by lane
      FloatVector v = FloatVector.fromArray(F, src, srcOff + i).div(scale).max(-512f).min(512f);
      IntVector t = (IntVector) v.convert(F2I, 0);
      FloatVector fraction = v.sub((FloatVector) t.convert(I2F, 0));
      IntVector q = t.add(1, fraction.compare(GE, 0.5f).cast(I)).sub(1, fraction.compare(LE, -0.5f).cast(I));
      q = q.add(zeroPoint).max(QuantParams.QMIN).min(QuantParams.QMAX);
      ((ByteVector) q.convertShape(I2B, BF, 0)).intoArray(dst, dstOff + i);
    }
    for (; i < n; i++) {
      dst[dstOff + i] = (byte) QuantParams.quantize(src[srcOff + i], scale, zeroPoint, QuantParams.QMIN,
          QuantParams.QMAX);
    }
  }

  @Override
  public void dequantize(byte[] src, int srcOff, float[] dst, int dstOff, int n, float scale, int zeroPoint) {
    int i = 0;
    for (int up = F.loopBound(n); i < up; i += F.length()) {
      IntVector q = (IntVector) ByteVector.fromArray(BF, src, srcOff + i).convertShape(B2I, I, 0);
      ((FloatVector) q.sub(zeroPoint).convert(I2F, 0)).mul(scale).intoArray(dst, dstOff + i);
    }
    for (; i < n; i++) {
      dst[dstOff + i] = scale * (src[srcOff + i] - zeroPoint); // real = scale * (q - zeroPoint)
    }
  }

  @Override
  public void requantize(int[] acc, int accOff, byte[] dst, int dstOff, int n, int[] multiplier, int[] shift,
      int channels, int outputOffset, int outputActivationMin, int outputActivationMax) {
    int lanes = IL.length();
    int[] lane = new int[lanes];
    int rowLength = channels == 1 ? n : channels; // per channel: vectors never cross a row
    for (int row = 0; row < n; row += rowLength) {
      int c = 0;
      for (; c + lanes <= rowLength; c += lanes) {
        IntVector m = channels == 1
            ? IntVector.broadcast(IL, multiplier[0]) : IntVector.fromArray(IL, multiplier, c);
        IntVector s = channels == 1 ? IntVector.broadcast(IL, shift[0]) : IntVector.fromArray(IL, shift, c);
        // MultiplyByQuantizedMultiplier, lane by lane (written out: see VectorGemm on inlining), for multipliers
        // in [0, 2^31): the left shift, then SaturatingRoundingDoublingHighMul = floor((ab + 2^30) / 2^31), equal to
        // gemmlowp's truncating form with its sign-dependent nudge; |ab| < 2^62, and the saturating case (MIN, MIN)
        // cannot occur with multiplier >= 0
        IntVector x = IntVector.fromArray(IL, acc, accOff + row + c).lanewise(LSHL, s.max(0));
        LongVector ab = ((LongVector) x.convertShape(I2L, L, 0)).mul((LongVector) m.convertShape(I2L, L, 0));
        IntVector high = (IntVector) ab.add(1L << 30).lanewise(ASHR, 31).convertShape(L2I, IL, 0);
        // RoundingDivideByPOT by -shift, ties away from zero
        IntVector rightShift = s.neg().max(0);
        IntVector mask = ONE.lanewise(LSHL, rightShift).sub(1);
        IntVector threshold = mask.lanewise(ASHR, 1).add(1, high.compare(LT, 0));
        IntVector v = high.lanewise(ASHR, rightShift).add(1, high.and(mask).compare(GT, threshold));
        v.add(outputOffset).max(outputActivationMin).min(outputActivationMax).intoArray(lane, 0);
        for (int k = 0; k < lanes; k++) {
          dst[dstOff + row + c + k] = (byte) lane[k];
        }
      }
      for (; c < rowLength; c++) {
        int ch = channels == 1 ? 0 : c;
        int v = FixedPoint.multiplyByQuantizedMultiplier(acc[accOff + row + c], multiplier[ch], shift[ch]);
        dst[dstOff + row + c] = (byte) Math.min(Math.max(v + outputOffset, outputActivationMin),
            outputActivationMax);
      }
    }
  }
}
