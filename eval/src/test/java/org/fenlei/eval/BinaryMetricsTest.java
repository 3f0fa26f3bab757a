package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fenlei.core.ScoredLabel;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
  /** Positive-class scores and gold: the example of scikit-learn's roc_auc_score docs and a tie. */
  static Evaluation of(double[] positive, boolean[] gold) {
    Evaluation e = Evaluation.withScores(List.of("ham", "spam"), List.of(), false);
    for (int i = 0; i < positive.length; i++) {
      double[] s = {1 - positive[i], positive[i]};
      String best = positive[i] >= 0.5 ? "spam" : "ham";
      e.add("m" + i, "", List.of(gold[i] ? "spam" : "ham"), List.of(new ScoredLabel(best, Math.max(s[0], s[1]))), s);
    }
    return e;
  }

  @Test
  void aucAndAveragePrecisionByHand() {
    // scikit-learn: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75, average_precision_score == 0.8333...
    BinaryMetrics b = of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}).binary("spam");
    assertEquals(0.75, b.rocAuc(), 1e-12);
    assertEquals((0.5 * 1 + 0.5 * 2.0 / 3), b.averagePrecision(), 1e-12);
    assertEquals(4, b.curve().size());
    assertEquals("spam", b.positive());
  }

  @Test
  void tiedScoresAreOneDiagonalStep() {
    // one positive and one negative tie at 0.5: half credit for that pair
    BinaryMetrics b = of(new double[] {0.5, 0.5, 0.9}, new boolean[] {true, false, true}).binary("spam");
    assertEquals((1.0 + 0.5) / 2, b.rocAuc(), 1e-12);
    assertEquals(2, b.curve().size(), "one point per distinct score");
    assertEquals(0.5 * 1 + 0.5 * 2.0 / 3, b.averagePrecision(), 1e-12);
  }

  @Test
  void thresholdForATargetPrecision() {
    double[] s = {0.95, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2};
    boolean[] g = {true, true, false, true, true, false, true, false};
    BinaryMetrics b = of(s, g).binary("spam");
    OperatingPoint p = b.atPrecision(0.8).orElseThrow();
    assertEquals(0.6, p.threshold()); // 4 of 5 at 0.6
    assertEquals(0.8, p.precision(), 1e-12);
    assertEquals(0.8, p.recall(), 1e-12);
    assertEquals(1.0 / 3, p.falsePositiveRate(), 1e-12);
    assertEquals(0.9, b.atPrecision(1.0).orElseThrow().threshold());
    assertTrue(of(new double[] {0.9, 0.8}, new boolean[] {false, true}).binary("spam").atPrecision(1.0).isEmpty());
  }

  @Test
  void oneClassOnlyIsUndefinedNotZeroOrOne() {
    BinaryMetrics b = of(new double[] {0.2, 0.7}, new boolean[] {false, false}).binary("spam");
    assertTrue(Double.isNaN(b.rocAuc()));
    assertTrue(Double.isNaN(b.averagePrecision()));
  }
}
