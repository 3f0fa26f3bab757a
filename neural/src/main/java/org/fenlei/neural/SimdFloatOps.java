package org.fenlei.neural;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The Vector API twin of {@link ScalarFloatOps}: same results up to float summation order. */
final class SimdFloatOps extends FloatOps {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  @Override
  float dot(float[] a, int aOff, float[] b, int bOff, int n) {
    FloatVector acc = FloatVector.zero(S);
    int i = 0;
    int bound = S.loopBound(n);
    for (; i < bound; i += S.length()) {
      acc = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc);
    }
    float s = acc.reduceLanes(VectorOperators.ADD);
    for (; i < n; i++) {
      s += a[aOff + i] * b[bOff + i];
    }
    return s;
  }

  @Override
  void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
    FloatVector va = FloatVector.broadcast(S, alpha);
    int i = 0;
    int bound = S.loopBound(n);
    for (; i < bound; i += S.length()) {
      FloatVector.fromArray(S, x, xOff + i).fma(va, FloatVector.fromArray(S, y, yOff + i)).intoArray(y, yOff + i);
    }
    for (; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  @Override
  int lanes() {
    return S.length();
  }

  @Override
  void convMax(float[] wt, int cols, float[] x, int stride, int depth, int windows, float[] out, int[] arg) {
    int l = S.length();
    int c = 0;
    if (windows >= 8) { // eight windows share each load of filters: half the filter traffic of four
      for (; c + 2 * l <= cols; c += 2 * l) {
        convMax8x2(wt, cols, c, x, stride, depth, windows, out, arg);
      }
      for (; c < cols; c += l) {
        convMax8x1(wt, cols, c, x, stride, depth, windows, out, arg);
      }
      return;
    }
    for (; c < cols; c += l) {
      convMax1(wt, cols, c, x, stride, depth, windows, out, arg);
    }
  }

  /**
   * The start of each block of four windows: 0, 4, 8, ... and, when the count is not a multiple of four, a last
   * block ending at the last window, which repeats some windows (the maximum and its first index are unchanged).
   */
  private static int nextBlock(int t, int windows) {
    int last = windows - 4;
    return t + 4 > last && t < last ? last : t + 4;
  }

  /** Columns {@code [c, c + 2 lanes)}, 8 windows at a time (at least 8 windows). */
  private static void convMax8x2(float[] wt, int cols, int c, float[] x, int stride, int depth, int windows,
      float[] out, int[] arg) {
    int l = S.length();
    FloatVector m0 = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
    FloatVector g0 = FloatVector.zero(S);
    FloatVector m1 = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
    FloatVector g1 = FloatVector.zero(S);
    VectorMask<Float> k;
    int last = windows - 8;
    for (int t = 0; t < windows; t = t + 8 > last && t < last ? last : t + 8) {
      FloatVector a00 = FloatVector.zero(S);
      FloatVector a01 = FloatVector.zero(S);
      FloatVector a10 = FloatVector.zero(S);
      FloatVector a11 = FloatVector.zero(S);
      FloatVector a20 = FloatVector.zero(S);
      FloatVector a21 = FloatVector.zero(S);
      FloatVector a30 = FloatVector.zero(S);
      FloatVector a31 = FloatVector.zero(S);
      FloatVector a40 = FloatVector.zero(S);
      FloatVector a41 = FloatVector.zero(S);
      FloatVector a50 = FloatVector.zero(S);
      FloatVector a51 = FloatVector.zero(S);
      FloatVector a60 = FloatVector.zero(S);
      FloatVector a61 = FloatVector.zero(S);
      FloatVector a70 = FloatVector.zero(S);
      FloatVector a71 = FloatVector.zero(S);
      int x0 = t * stride;
      for (int j = 0, w = c; j < depth; j++, w += cols) {
        FloatVector w0 = FloatVector.fromArray(S, wt, w);
        FloatVector w1 = FloatVector.fromArray(S, wt, w + l);
        FloatVector b = FloatVector.broadcast(S, x[x0 + j]);
        a00 = w0.fma(b, a00);
        a01 = w1.fma(b, a01);
        b = FloatVector.broadcast(S, x[x0 + stride + j]);
        a10 = w0.fma(b, a10);
        a11 = w1.fma(b, a11);
        b = FloatVector.broadcast(S, x[x0 + 2 * stride + j]);
        a20 = w0.fma(b, a20);
        a21 = w1.fma(b, a21);
        b = FloatVector.broadcast(S, x[x0 + 3 * stride + j]);
        a30 = w0.fma(b, a30);
        a31 = w1.fma(b, a31);
        b = FloatVector.broadcast(S, x[x0 + 4 * stride + j]);
        a40 = w0.fma(b, a40);
        a41 = w1.fma(b, a41);
        b = FloatVector.broadcast(S, x[x0 + 5 * stride + j]);
        a50 = w0.fma(b, a50);
        a51 = w1.fma(b, a51);
        b = FloatVector.broadcast(S, x[x0 + 6 * stride + j]);
        a60 = w0.fma(b, a60);
        a61 = w1.fma(b, a61);
        b = FloatVector.broadcast(S, x[x0 + 7 * stride + j]);
        a70 = w0.fma(b, a70);
        a71 = w1.fma(b, a71);
      }
      FloatVector tv = FloatVector.broadcast(S, (float) t);
      k = a00.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a00, k);
      g0 = g0.blend(tv, k);
      k = a01.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a01, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 1));
      k = a10.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a10, k);
      g0 = g0.blend(tv, k);
      k = a11.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a11, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 2));
      k = a20.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a20, k);
      g0 = g0.blend(tv, k);
      k = a21.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a21, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 3));
      k = a30.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a30, k);
      g0 = g0.blend(tv, k);
      k = a31.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a31, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 4));
      k = a40.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a40, k);
      g0 = g0.blend(tv, k);
      k = a41.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a41, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 5));
      k = a50.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a50, k);
      g0 = g0.blend(tv, k);
      k = a51.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a51, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 6));
      k = a60.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a60, k);
      g0 = g0.blend(tv, k);
      k = a61.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a61, k);
      g1 = g1.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 7));
      k = a70.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a70, k);
      g0 = g0.blend(tv, k);
      k = a71.compare(VectorOperators.GT, m1);
      m1 = m1.blend(a71, k);
      g1 = g1.blend(tv, k);
    }
    store(m0, g0, out, arg, c);
    store(m1, g1, out, arg, c + l);
  }

  /** Columns {@code [c, c + 1 lanes)}, 8 windows at a time (at least 8 windows). */
  private static void convMax8x1(float[] wt, int cols, int c, float[] x, int stride, int depth, int windows,
      float[] out, int[] arg) {
    int l = S.length();
    FloatVector m0 = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
    FloatVector g0 = FloatVector.zero(S);
    VectorMask<Float> k;
    int last = windows - 8;
    for (int t = 0; t < windows; t = t + 8 > last && t < last ? last : t + 8) {
      FloatVector a00 = FloatVector.zero(S);
      FloatVector a10 = FloatVector.zero(S);
      FloatVector a20 = FloatVector.zero(S);
      FloatVector a30 = FloatVector.zero(S);
      FloatVector a40 = FloatVector.zero(S);
      FloatVector a50 = FloatVector.zero(S);
      FloatVector a60 = FloatVector.zero(S);
      FloatVector a70 = FloatVector.zero(S);
      int x0 = t * stride;
      for (int j = 0, w = c; j < depth; j++, w += cols) {
        FloatVector w0 = FloatVector.fromArray(S, wt, w);
        FloatVector b = FloatVector.broadcast(S, x[x0 + j]);
        a00 = w0.fma(b, a00);
        b = FloatVector.broadcast(S, x[x0 + stride + j]);
        a10 = w0.fma(b, a10);
        b = FloatVector.broadcast(S, x[x0 + 2 * stride + j]);
        a20 = w0.fma(b, a20);
        b = FloatVector.broadcast(S, x[x0 + 3 * stride + j]);
        a30 = w0.fma(b, a30);
        b = FloatVector.broadcast(S, x[x0 + 4 * stride + j]);
        a40 = w0.fma(b, a40);
        b = FloatVector.broadcast(S, x[x0 + 5 * stride + j]);
        a50 = w0.fma(b, a50);
        b = FloatVector.broadcast(S, x[x0 + 6 * stride + j]);
        a60 = w0.fma(b, a60);
        b = FloatVector.broadcast(S, x[x0 + 7 * stride + j]);
        a70 = w0.fma(b, a70);
      }
      FloatVector tv = FloatVector.broadcast(S, (float) t);
      k = a00.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a00, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 1));
      k = a10.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a10, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 2));
      k = a20.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a20, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 3));
      k = a30.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a30, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 4));
      k = a40.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a40, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 5));
      k = a50.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a50, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 6));
      k = a60.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a60, k);
      g0 = g0.blend(tv, k);
      tv = FloatVector.broadcast(S, (float) (t + 7));
      k = a70.compare(VectorOperators.GT, m0);
      m0 = m0.blend(a70, k);
      g0 = g0.blend(tv, k);
    }
    store(m0, g0, out, arg, c);
  }

  private static void store(FloatVector max, FloatVector best, float[] out, int[] arg, int c) {
    max.intoArray(out, c);
    for (int i = 0; i < S.length(); i++) {
      arg[c + i] = (int) best.lane(i);
    }
  }

  /** Columns {@code [c, c + lanes)}: four windows at a time. */
  private static void convMax1(float[] wt, int cols, int c, float[] x, int stride, int depth, int windows,
      float[] out, int[] arg) {
    FloatVector m = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
    FloatVector g = FloatVector.zero(S);
    VectorMask<Float> k;
    int t = 0;
    for (; windows >= 4 && t < windows; t = nextBlock(t, windows)) {
      FloatVector a0 = FloatVector.zero(S);
      FloatVector a1 = a0;
      FloatVector a2 = a0;
      FloatVector a3 = a0;
      int x0 = t * stride;
      for (int j = 0, w = c; j < depth; j++, w += cols) {
        FloatVector wv = FloatVector.fromArray(S, wt, w);
        a0 = wv.fma(FloatVector.broadcast(S, x[x0 + j]), a0);
        a1 = wv.fma(FloatVector.broadcast(S, x[x0 + stride + j]), a1);
        a2 = wv.fma(FloatVector.broadcast(S, x[x0 + 2 * stride + j]), a2);
        a3 = wv.fma(FloatVector.broadcast(S, x[x0 + 3 * stride + j]), a3);
      }
      k = a0.compare(VectorOperators.GT, m);
      m = m.blend(a0, k);
      g = g.blend(FloatVector.broadcast(S, (float) (t + 0)), k);
      k = a1.compare(VectorOperators.GT, m);
      m = m.blend(a1, k);
      g = g.blend(FloatVector.broadcast(S, (float) (t + 1)), k);
      k = a2.compare(VectorOperators.GT, m);
      m = m.blend(a2, k);
      g = g.blend(FloatVector.broadcast(S, (float) (t + 2)), k);
      k = a3.compare(VectorOperators.GT, m);
      m = m.blend(a3, k);
      g = g.blend(FloatVector.broadcast(S, (float) (t + 3)), k);
    }
    for (; t < windows; t++) {
      FloatVector a = FloatVector.zero(S);
      int x0 = t * stride;
      for (int j = 0, w = c; j < depth; j++, w += cols) {
        a = FloatVector.fromArray(S, wt, w).fma(FloatVector.broadcast(S, x[x0 + j]), a);
      }
      k = a.compare(VectorOperators.GT, m);
      m = m.blend(a, k);
      g = g.blend(FloatVector.broadcast(S, (float) t), k);
    }
    store(m, g, out, arg, c);
  }
}
