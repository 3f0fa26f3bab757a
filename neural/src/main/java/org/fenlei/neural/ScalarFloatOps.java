package org.fenlei.neural;

/** Plain loops: the fallback without the Vector API and the oracle of its tests. */
final class ScalarFloatOps extends FloatOps {
  @Override
  float dot(float[] a, int aOff, float[] b, int bOff, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[aOff + i] * b[bOff + i];
      s1 += a[aOff + i + 1] * b[bOff + i + 1];
      s2 += a[aOff + i + 2] * b[bOff + i + 2];
      s3 += a[aOff + i + 3] * b[bOff + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[aOff + i] * b[bOff + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  @Override
  void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
    for (int i = 0; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  @Override
  void dot4(float[] w, int wOff, float[] x, int xOff, int stride, int n, float[] out, int outOff) {
    for (int r = 0; r < 4; r++) {
      out[outOff + r] = dot(w, wOff, x, xOff + r * stride, n);
    }
  }
}
