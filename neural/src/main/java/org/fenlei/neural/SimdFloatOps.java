package org.fenlei.neural;

import jdk.incubator.vector.FloatVector;
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
  void dot4(float[] w, int wOff, float[] x, int xOff, int stride, int n, float[] out, int outOff) {
    FloatVector a0 = FloatVector.zero(S);
    FloatVector a1 = FloatVector.zero(S);
    FloatVector a2 = FloatVector.zero(S);
    FloatVector a3 = FloatVector.zero(S);
    int x1 = xOff + stride;
    int x2 = x1 + stride;
    int x3 = x2 + stride;
    int i = 0;
    int bound = S.loopBound(n);
    for (; i < bound; i += S.length()) {
      FloatVector wv = FloatVector.fromArray(S, w, wOff + i);
      a0 = FloatVector.fromArray(S, x, xOff + i).fma(wv, a0);
      a1 = FloatVector.fromArray(S, x, x1 + i).fma(wv, a1);
      a2 = FloatVector.fromArray(S, x, x2 + i).fma(wv, a2);
      a3 = FloatVector.fromArray(S, x, x3 + i).fma(wv, a3);
    }
    float s0 = a0.reduceLanes(VectorOperators.ADD);
    float s1 = a1.reduceLanes(VectorOperators.ADD);
    float s2 = a2.reduceLanes(VectorOperators.ADD);
    float s3 = a3.reduceLanes(VectorOperators.ADD);
    for (; i < n; i++) {
      float wi = w[wOff + i];
      s0 += wi * x[xOff + i];
      s1 += wi * x[x1 + i];
      s2 += wi * x[x2 + i];
      s3 += wi * x[x3 + i];
    }
    out[outOff] = s0;
    out[outOff + 1] = s1;
    out[outOff + 2] = s2;
    out[outOff + 3] = s3;
  }
}
