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
}
