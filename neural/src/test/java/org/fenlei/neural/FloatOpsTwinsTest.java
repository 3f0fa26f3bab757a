package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Vector API float kernels agree with their scalar twins within a size-scaled tolerance. */
class FloatOpsTwinsTest {
  private static final int[] SIZES = {1, 4, 6, 13, 16, 25, 64, 100, 207, 300, 702, 1024, 4098};

  @Test
  void dotAndAxpyMatchTheScalarTwins() {
    FloatOps simd = new SimdFloatOps();
    FloatOps scalar = new ScalarFloatOps();
    Random r = new Random(7);
    for (int n : SIZES) {
      for (int off : new int[] {0, 3}) {
        float[] a = new float[n + off];
        float[] b = new float[n + off];
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) r.nextGaussian();
          b[i] = (float) r.nextGaussian();
        }
        float expected = scalar.dot(a, off, b, off, n);
        float tolerance = 1e-5f * n + 1e-6f;
        assertEquals(expected, simd.dot(a, off, b, off, n), tolerance, "dot n=" + n + " off=" + off);
        float[] y1 = b.clone();
        float[] y2 = b.clone();
        scalar.axpy(0.37f, a, off, y1, off, n);
        simd.axpy(0.37f, a, off, y2, off, n);
        for (int i = 0; i < y1.length; i++) {
          assertEquals(y1[i], y2[i], 1e-6f, "axpy n=" + n + " i=" + i);
        }
      }
    }
  }

  @Test
  void convMaxMatchesTheScalarTwinAndTheDotProducts() {
    FloatOps simd = new SimdFloatOps();
    FloatOps scalar = new ScalarFloatOps();
    Random r = new Random(13);
    int lanes = simd.lanes();
    for (int maps : new int[] {1, 5, 16, 100, 130}) {
      for (int windows : new int[] {1, 3, 4, 9, 30}) {
        int stride = 6;
        int depth = 3 * stride;
        int cols = (maps + lanes - 1) / lanes * lanes;
        float[] wt = new float[depth * cols];
        for (int j = 0; j < depth; j++) {
          for (int m = 0; m < maps; m++) {
            wt[j * cols + m] = (float) r.nextGaussian();
          }
        }
        float[] x = new float[(windows + 2) * stride];
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) r.nextGaussian();
        }
        float[] got = new float[cols];
        float[] expected = new float[cols];
        int[] gotArg = new int[cols];
        int[] expectedArg = new int[cols];
        simd.convMax(wt, cols, x, stride, depth, windows, got, gotArg);
        scalar.convMax(wt, cols, x, stride, depth, windows, expected, expectedArg);
        for (int m = 0; m < maps; m++) {
          float best = Float.NEGATIVE_INFINITY;
          int arg = -1;
          for (int t = 0; t < windows; t++) {
            float s = 0;
            for (int j = 0; j < depth; j++) {
              s += x[t * stride + j] * wt[j * cols + m];
            }
            if (s > best) {
              best = s;
              arg = t;
            }
          }
          String at = " maps=" + maps + " windows=" + windows + " m=" + m;
          assertEquals(best, expected[m], 1e-4f, "scalar" + at);
          assertEquals(best, got[m], 1e-4f, "vector" + at);
          assertEquals(arg, expectedArg[m], "scalar argmax" + at);
          assertEquals(arg, gotArg[m], "vector argmax" + at);
        }
      }
    }
  }
}
