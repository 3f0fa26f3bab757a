package org.fenlei.eval;

/**
 * Multi-label micro and macro F1 on the test documents when every label scoring at least {@code thresholds[i]}
 * is predicted (no top-k cap), on 113 thresholds from 0 to 1: 0.01 apart, and denser towards both ends
 * ({@code 1e-4, 2e-4, 5e-4, ...} and {@code ..., 0.9995, 0.9998, 0.9999}). The best point is chosen on the test
 * data itself and so flatters the model: tune thresholds on a development split with
 * {@link org.fenlei.core.ThresholdTuning}.
 *
 * @param thresholds the thresholds, ascending
 * @param microF1 the micro-averaged F1 at each threshold, NaN where undefined
 * @param macroF1 the macro-averaged F1 at each threshold, NaN where undefined
 */
public record ThresholdCurve(double[] thresholds, double[] microF1, double[] macroF1) {
  /**
   * The index of the highest micro F1 (the highest threshold among ties), -1 when all are undefined.
   *
   * @return an index into {@link #thresholds()}, or -1
   */
  public int bestMicro() {
    int best = -1;
    for (int i = thresholds.length - 1; i >= 0; i--) {
      if (!Double.isNaN(microF1[i]) && (best < 0 || microF1[i] > microF1[best])) {
        best = i;
      }
    }
    return best;
  }
}
