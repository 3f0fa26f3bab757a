package org.fenlei.eval;

/** Chance-corrected agreement of gold and predicted labels. */
final class Agreement {
  private Agreement() {}

  /**
   * Cohen's kappa of a confusion matrix {@code [gold][predicted]} whose last column counts documents given no
   * label: {@code (po - pe) / (1 - pe)} with {@code po} the observed and {@code pe} the chance agreement.
   */
  static double kappa(long[][] c) {
    int n = c.length;
    double total = 0;
    double diagonal = 0;
    double[] rows = new double[n];
    double[] cols = new double[n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= n; j++) {
        rows[i] += c[i][j];
        cols[j] += c[i][j];
        total += c[i][j];
      }
      diagonal += c[i][i];
    }
    if (total == 0) {
      return Double.NaN;
    }
    double chance = 0;
    for (int i = 0; i < n; i++) {
      chance += rows[i] * cols[i];
    }
    double po = diagonal / total;
    double pe = chance / (total * total);
    return pe == 1 ? Double.NaN : (po - pe) / (1 - pe);
  }
}
