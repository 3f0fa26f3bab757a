package org.fenlei.quant;

import static jdk.incubator.vector.VectorOperators.ADD;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API int8 matrix product: register tiles of 2 rows (input windows) x 2 output channels, so each input
 * load serves 2 filters and each filter load 2 windows; a last odd row takes 1 x 2 tiles.
 *
 * <p>Java has no int8 or int16 dot-product instruction (x86 {@code pmaddwd}, {@code vpdpbusd}), so products are
 * formed in int16 lanes and folded into int32 lanes by hand:
 * <ol>
 *   <li>{@code p = xa * wa + xb * wb} in int16: |x * w| <= 128 * 127 = 16256 (weights are symmetric, never -128),
 *       so the sum of two products, |p| <= 32512, is exact in int16;
 *   <li>{@code p ^ 0x8000} adds 2^15 to both int16 halves of every int32 lane, making them unsigned 16-bit numbers
 *       {@code loU = lo + 2^15} and {@code hiU = hi + 2^15}; read as an int32, the lane is {@code hiU * 2^16 + loU};
 *   <li>the fold: {@code acc += (lane & 0xFFFF) + (lane >>> 16) = loU + hiU = lo + hi + 2^16}, one int32 accumulator
 *       per output; the output is the accumulator's lane sum minus {@code 2^16 * folds * lanes}. A lane grows by at
 *       most 2 * 65280 < 2^17 per fold; the sum is exact modulo 2^32 anyway, and the true dot product fits an int
 *       ({@code |dot| <= depth * 16256 < 2^31} for depth <= 2^17), so the result is exact.
 * </ol>
 * That is 8 vector operations per 64 multiply-adds and output, against 4 fused multiply-adds in float32.
 *
 * <p>Tiles of 2 x 4 or 3 x 2 outputs (and, in some runs, 1 x 4 with its eight filter loads) make a method cross
 * C2's inlining node budget ({@code NodeCountInliningCutoff}): the Vector API calls past it are not intrinsified
 * and allocate vector objects, ten times slower. For the same reason the fold is written out in the loops rather
 * than called (a helper above 35 bytecodes is inlined only where C2 judges the call hot). Two accumulators per
 * output ({@code lane} and {@code lane >>> 16}, saving the {@code and}) measured no faster.
 */
final class VectorGemm {
  static final VectorSpecies<Short> S = ShortVector.SPECIES_PREFERRED;
  static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
  private static final int STEP = 2 * S.length();
  private static final ShortVector BIAS = ShortVector.broadcast(S, (short) 0x8000);
  private static final IntVector LOW = IntVector.broadcast(I, 0xFFFF);

  private VectorGemm() {
  }

  static void gemm(short[] x, int xStride, int rows, short[] w, int depth, int channels, int[] out,
      boolean maxOverRows) {
    int[] tile = new int[4];
    // channel blocks outside: their filters stay in L1 while the windows slide (consecutive windows overlap)
    for (int c = 0; c < channels; c += 4) {
      for (int r = 0; r + 2 <= rows; r += 2) {
        for (int cc = c; cc < c + 4; cc += 2) {
          tile2x2(x, r * xStride, r * xStride + xStride, w, cc * depth, depth, tile);
          store(tile, 0, 2, r, cc, channels, out, maxOverRows);
          store(tile, 2, 2, r + 1, cc, channels, out, maxOverRows);
        }
      }
      if (rows % 2 == 1) {
        for (int cc = c; cc < c + 4; cc += 2) {
          tile1x2(x, (rows - 1) * xStride, w, cc * depth, depth, tile);
          store(tile, 0, 2, rows - 1, cc, channels, out, maxOverRows);
        }
      }
    }
  }

  private static void store(int[] tile, int from, int n, int row, int c, int channels, int[] out, boolean max) {
    for (int i = 0; i < n; i++) {
      if (max) {
        out[c + i] = Math.max(out[c + i], tile[from + i]);
      } else {
        out[row * channels + c + i] = tile[from + i];
      }
    }
  }

  private static void tile2x2(short[] x, int x0, int x1, short[] w, int w0, int depth, int[] t) {
    int w1 = w0 + depth;
    IntVector z = IntVector.zero(I);
    IntVector a0 = z, a1 = z, b0 = z, b1 = z;
    IntVector p; // int16 pair sums, biased and read as int32 lanes: the fold of the class comment
    for (int k = 0; k < depth; k += STEP) {
      int k2 = k + S.length();
      ShortVector xa = ShortVector.fromArray(S, x, x0 + k);
      ShortVector xb = ShortVector.fromArray(S, x, x0 + k2);
      ShortVector ya = ShortVector.fromArray(S, x, x1 + k);
      ShortVector yb = ShortVector.fromArray(S, x, x1 + k2);
      ShortVector wa = ShortVector.fromArray(S, w, w0 + k);
      ShortVector wb = ShortVector.fromArray(S, w, w0 + k2);
      p = xa.mul(wa).add(xb.mul(wb)).lanewise(XOR, BIAS).reinterpretAsInts();
      a0 = a0.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
      p = ya.mul(wa).add(yb.mul(wb)).lanewise(XOR, BIAS).reinterpretAsInts();
      b0 = b0.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
      wa = ShortVector.fromArray(S, w, w1 + k);
      wb = ShortVector.fromArray(S, w, w1 + k2);
      p = xa.mul(wa).add(xb.mul(wb)).lanewise(XOR, BIAS).reinterpretAsInts();
      a1 = a1.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
      p = ya.mul(wa).add(yb.mul(wb)).lanewise(XOR, BIAS).reinterpretAsInts();
      b1 = b1.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
    }
    int correction = depth / STEP * I.length() * 65536;
    t[0] = a0.reduceLanes(ADD) - correction;
    t[1] = a1.reduceLanes(ADD) - correction;
    t[2] = b0.reduceLanes(ADD) - correction;
    t[3] = b1.reduceLanes(ADD) - correction;
  }

  private static void tile1x2(short[] x, int x0, short[] w, int w0, int depth, int[] t) {
    int w1 = w0 + depth;
    IntVector z = IntVector.zero(I);
    IntVector a0 = z, a1 = z;
    IntVector p;
    for (int k = 0; k < depth; k += STEP) {
      int k2 = k + S.length();
      ShortVector xa = ShortVector.fromArray(S, x, x0 + k);
      ShortVector xb = ShortVector.fromArray(S, x, x0 + k2);
      p = xa.mul(ShortVector.fromArray(S, w, w0 + k)).add(xb.mul(ShortVector.fromArray(S, w, w0 + k2)))
          .lanewise(XOR, BIAS).reinterpretAsInts();
      a0 = a0.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
      p = xa.mul(ShortVector.fromArray(S, w, w1 + k)).add(xb.mul(ShortVector.fromArray(S, w, w1 + k2)))
          .lanewise(XOR, BIAS).reinterpretAsInts();
      a1 = a1.add(p.and(LOW)).add(p.lanewise(LSHR, 16));
    }
    int correction = depth / STEP * I.length() * 65536;
    t[0] = a0.reduceLanes(ADD) - correction;
    t[1] = a1.reduceLanes(ADD) - correction;
  }
}
