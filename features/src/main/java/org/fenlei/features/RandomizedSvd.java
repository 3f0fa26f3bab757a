package org.fenlei.features;

import java.util.List;
import java.util.Random;

/** Randomized truncated SVD of a sparse matrix given by rows (Halko, Martinsson and Tropp 2011). */
final class RandomizedSvd {
  private RandomizedSvd() {}

  /**
   * The top {@code k} right singular vectors (each of length {@code m}) of the matrix whose rows are
   * {@code rows}, columns renumbered by {@code column} (-1 drops a column).
   */
  static double[][] rightSingularVectors(List<SparseVector> rows, int[] column, int m, int k, int powerIterations,
      Random random) {
    int n = rows.size();
    int l = Math.min(Math.min(k + 10, m), n);
    // Y = X Omega, Omega Gaussian m x l
    double[][] omega = new double[m][l];
    for (double[] row : omega) {
      for (int j = 0; j < l; j++) {
        row[j] = random.nextGaussian();
      }
    }
    double[][] y = multiply(rows, column, omega, l);
    orthonormalize(y);
    for (int q = 0; q < powerIterations; q++) {
      double[][] z = multiplyTransposed(rows, column, y, m, l); // X^T Y, m x l
      orthonormalize(z);
      y = multiply(rows, column, z, l);
      orthonormalize(y);
    }
    // B = Q^T X (l x m), kept as its transpose Bt = X^T Q (m x l); B B^T = Bt^T Bt is l x l
    double[][] bt = multiplyTransposed(rows, column, y, m, l);
    double[][] gram = new double[l][l];
    for (double[] row : bt) {
      for (int a = 0; a < l; a++) {
        if (row[a] == 0) {
          continue;
        }
        for (int b = 0; b < l; b++) {
          gram[a][b] += row[a] * row[b];
        }
      }
    }
    double[][] eigenvectors = new double[l][l];
    double[] eigenvalues = SymmetricEigen.decompose(gram, eigenvectors);
    // right singular vector j: v_j = Bt u_j / sigma_j, in decreasing order of eigenvalue
    int kk = Math.min(k, l);
    double[][] v = new double[kk][m];
    for (int j = 0; j < kk; j++) {
      double sigma = Math.sqrt(Math.max(eigenvalues[j], 0));
      if (sigma < 1e-12) {
        continue;
      }
      for (int r = 0; r < m; r++) {
        double s = 0;
        for (int a = 0; a < l; a++) {
          s += bt[r][a] * eigenvectors[a][j];
        }
        v[j][r] = s / sigma;
      }
      // sign convention: the largest-magnitude entry is positive, so results do not flip between runs
      int arg = 0;
      for (int r = 1; r < m; r++) {
        if (Math.abs(v[j][r]) > Math.abs(v[j][arg])) {
          arg = r;
        }
      }
      if (v[j][arg] < 0) {
        for (int r = 0; r < m; r++) {
          v[j][r] = -v[j][r];
        }
      }
    }
    return v;
  }

  /** X A: rows.size() x l. */
  private static double[][] multiply(List<SparseVector> rows, int[] column, double[][] a, int l) {
    double[][] out = new double[rows.size()][l];
    for (int i = 0; i < out.length; i++) {
      SparseVector x = rows.get(i);
      double[] o = out[i];
      for (int t = 0; t < x.size(); t++) {
        int c = x.index(t) < column.length ? column[x.index(t)] : -1;
        if (c >= 0) {
          double v = x.value(t);
          double[] ar = a[c];
          for (int j = 0; j < l; j++) {
            o[j] += v * ar[j];
          }
        }
      }
    }
    return out;
  }

  /** X^T Y: m x l. */
  private static double[][] multiplyTransposed(List<SparseVector> rows, int[] column, double[][] y, int m, int l) {
    double[][] out = new double[m][l];
    for (int i = 0; i < rows.size(); i++) {
      SparseVector x = rows.get(i);
      double[] yi = y[i];
      for (int t = 0; t < x.size(); t++) {
        int c = x.index(t) < column.length ? column[x.index(t)] : -1;
        if (c >= 0) {
          double v = x.value(t);
          double[] o = out[c];
          for (int j = 0; j < l; j++) {
            o[j] += v * yi[j];
          }
        }
      }
    }
    return out;
  }

  /** Modified Gram-Schmidt on the columns of {@code a} (rows x l), in place. */
  static void orthonormalize(double[][] a) {
    int l = a.length == 0 ? 0 : a[0].length;
    for (int j = 0; j < l; j++) {
      for (int p = 0; p < j; p++) {
        double dot = 0;
        for (double[] row : a) {
          dot += row[j] * row[p];
        }
        for (double[] row : a) {
          row[j] -= dot * row[p];
        }
      }
      double norm = 0;
      for (double[] row : a) {
        norm += row[j] * row[j];
      }
      norm = Math.sqrt(norm);
      for (double[] row : a) {
        row[j] = norm < 1e-12 ? 0 : row[j] / norm;
      }
    }
  }
}
