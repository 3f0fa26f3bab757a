package org.fenlei.features;

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations. */
final class SymmetricEigen {
  private SymmetricEigen() {}

  /**
   * The eigenvalues of symmetric {@code a} in decreasing order; column {@code j} of {@code vectors} (n x n,
   * filled here) is the unit eigenvector of eigenvalue {@code j}. {@code a} is destroyed.
   */
  static double[] decompose(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) { // A = A J
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) { // A = J^T A
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    // sort decreasing, permuting the vectors' columns alike
    for (int i = 0; i < n; i++) {
      int best = i;
      for (int j = i + 1; j < n; j++) {
        if (values[j] > values[best]) {
          best = j;
        }
      }
      if (best != i) {
        double tv = values[i];
        values[i] = values[best];
        values[best] = tv;
        for (double[] row : vectors) {
          double tr = row[i];
          row[i] = row[best];
          row[best] = tr;
        }
      }
    }
    return values;
  }
}
