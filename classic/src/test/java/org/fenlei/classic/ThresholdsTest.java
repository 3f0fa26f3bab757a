package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fenlei.core.ThresholdTuning;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  @Test
  void labelsWithFewPositivesKeepTheGlobalThreshold() {
    double[][] scores = new double[10][2];
    int[][] gold = new int[10][];
    for (int i = 0; i < 10; i++) {
      scores[i][0] = i < 6 ? 0.9 : 0.1;
      scores[i][1] = i == 0 ? 0.3 : 0.05;
      gold[i] = i < 6 ? (i == 0 ? new int[] {0, 1} : new int[] {0}) : new int[0];
    }
    Thresholds t = Thresholds.tune(scores, gold, 2, 1);
    assertEquals(0.5, t.threshold(0), 1e-12); // label 0: six positives at 0.9, negatives at 0.1
    assertEquals(t.threshold(1), globalOf(scores, gold), 1e-12);
    assertEquals(1, t.minLabels());
  }

  private static double globalOf(double[][] scores, int[][] gold) {
    double[] t = ThresholdTuning.tune(scores, gold, new ThresholdTuning.Options(1000)).perLabel();
    assertEquals(t[0], t[1], "with minPositives above every support, each label gets the global threshold");
    return t[0];
  }

  @Test
  void heldOutDocumentsWithoutLabelsKeepHalf() {
    Thresholds t = Thresholds.tune(new double[][] {{0.2, 0.9}, {0.7, 0.1}}, new int[][] {{}, {}}, 2, 1);
    assertEquals(0.5, t.threshold(0));
    assertEquals(0.5, t.threshold(1));
  }
}
