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
  void convMax(float[] wt, int cols, float[] x, int stride, int depth, int windows, float[] out, int[] arg) {
    java.util.Arrays.fill(out, 0, cols, Float.NEGATIVE_INFINITY);
    java.util.Arrays.fill(arg, 0, cols, 0);
    float[] acc = new float[cols];
    for (int t = 0; t < windows; t++) {
      java.util.Arrays.fill(acc, 0f);
      for (int j = 0; j < depth; j++) {
        float v = x[t * stride + j];
        int row = j * cols;
        for (int m = 0; m < cols; m++) {
          acc[m] += v * wt[row + m];
        }
      }
      for (int m = 0; m < cols; m++) {
        if (acc[m] > out[m]) {
          out[m] = acc[m];
          arg[m] = t;
        }
      }
    }
  }

  @Override
  int lanes() {
    return 1;
  }
}
