package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
  @Test
  void sweepFindsTheBestF1CutByHand() {
    // scores descending: 0.9 P, 0.8 N, 0.7 P, 0.4 P, 0.2 N; cutting below 0.4 gives tp 3 fp 1: F1 6/7
    double[] s = {0.8, 0.2, 0.9, 0.4, 0.7};
    boolean[] p = {false, false, true, true, true};
    assertEquals((0.4 + 0.2) / 2, Thresholds.sweep(s, p, 3, 0.5), 1e-12);
    assertEquals(0.5, Thresholds.sweep(s, new boolean[5], 0, 0.5));
  }

  @Test
  void tiedScoresAreCutTogether() {
    double[] s = {0.6, 0.6, 0.1};
    boolean[] p = {true, false, false};
    // taking one 0.6 means taking both: tp 1 fp 1 (F1 2/3) beats taking all three (F1 1/2)
    assertEquals((0.6 + 0.1) / 2, Thresholds.sweep(s, p, 1, 0.5), 1e-12);
  }

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
    double[] all = new double[20];
    boolean[] pos = new boolean[20];
    int total = 0;
    for (int i = 0; i < 10; i++) {
      for (int c = 0; c < 2; c++) {
        all[i * 2 + c] = scores[i][c];
        for (int g : gold[i]) {
          pos[i * 2 + c] |= g == c;
        }
        total += pos[i * 2 + c] ? 1 : 0;
      }
    }
    return Thresholds.sweep(all, pos, total, 0.5);
  }
}
