package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThresholdTuningTest {
  @Test
  void globalThresholdByHand() {
    // scores of (document, label) pairs; positives 0.9, 0.6, 0.3; negatives 0.7, 0.2, 0.1
    double[][] scores = {{0.9, 0.7}, {0.6, 0.2}, {0.1, 0.3}};
    int[][] gold = {{0}, {0}, {1}};
    TunedThresholds t = ThresholdTuning.tune(scores, gold, new ThresholdTuning.Options(1));
    // accept >= 0.3: tp 3, fp 1 -> F1 6/7, the best; halfway to the next lower score 0.2
    assertEquals(0.25, t.global(), 1e-12);
    assertEquals(6.0 / 7, t.globalMicroF1(), 1e-12);
    // label 0: positives 0.9, 0.6, negative 0.1 -> between 0.6 and 0.1; label 1: positive 0.3 over 0.7, 0.2
    assertArrayEquals(new double[] {0.35, 0.25}, t.perLabel(), 1e-12);
    assertEquals(6.0 / 7, t.perLabelMicroF1(), 1e-12);
  }

  /** Documents without gold labels only add negatives: the threshold rises above their scores. */
  @Test
  void unlabelledDocumentsAreNegativesForEveryLabel() {
    double[][] labelled = {{0.9, 0.1}, {0.3, 0.8}};
    double[][] mixed = {{0.9, 0.1}, {0.6, 0.2}, {0.3, 0.8}, {0.4, 0.7}};
    TunedThresholds alone = ThresholdTuning.tune(labelled, new int[][] {{0}, {1}}, new ThresholdTuning.Options(1));
    assertEquals(0.55, alone.global(), 1e-12, "accept >= 0.8: halfway to the next lower score 0.3");
    TunedThresholds t = ThresholdTuning.tune(mixed, new int[][] {{0}, {}, {1}, {}}, new ThresholdTuning.Options(1));
    assertEquals(0.75, t.global(), 1e-12, "accept >= 0.8, above the unlabelled documents' 0.6 and 0.7");
    assertEquals(1.0, t.globalMicroF1(), 1e-12);
    TunedThresholds named = ThresholdTuning.tune(List.of("a", "b"), java.util.Arrays.asList(mixed),
        List.of(List.of("a"), List.of(), List.of("b"), List.of()), new ThresholdTuning.Options(1));
    assertEquals(t, named);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ThresholdTuning.tune(mixed, new int[][] {{}, {}, {}, {}}, new ThresholdTuning.Options(1)));
    assertEquals("the development data has no gold labels", e.getMessage());
  }

  @Test
  void rareLabelsKeepTheGlobalThresholdAndNamesAreChecked() {
    List<String> labels = List.of("a", "b");
    List<double[]> scores = List.of(new double[] {0.8, 0.4}, new double[] {0.3, 0.1}, new double[] {0.7, 0.2});
    TunedThresholds t = ThresholdTuning.tune(labels, scores, List.of(List.of("a"), List.of("b"), List.of("a")),
        new ThresholdTuning.Options(2));
    assertEquals(t.global(), t.perLabel()[1], "b has one positive, fewer than 2");
    assertThrows(IllegalArgumentException.class, () -> ThresholdTuning.tune(labels, scores,
        List.of(List.of("a"), List.of("z"), List.of("a")), new ThresholdTuning.Options()));
    assertThrows(IllegalArgumentException.class, () -> ThresholdTuning.tune(new double[][] {{0.5}}, new int[][] {{}},
        new ThresholdTuning.Options()));
  }

  @Test
  void tunedThresholdsNeverLoseToTheDefaultOnTheirOwnData() {
    SplittableRandom r = new SplittableRandom(9);
    int n = 300;
    int labels = 12;
    double[][] s = new double[n][labels];
    int[][] gold = new int[n][];
    for (int d = 0; d < n; d++) {
      int g = r.nextInt(labels);
      gold[d] = new int[] {g};
      for (int l = 0; l < labels; l++) {
        s[d][l] = 1 / (1 + Math.exp(-(r.nextGaussian() + (l == g ? 0.5 : -2.5) + 0.2 * l)));
      }
    }
    TunedThresholds t = ThresholdTuning.tune(s, gold, new ThresholdTuning.Options());
    double[] half = new double[labels];
    java.util.Arrays.fill(half, 0.5);
    double atHalf = microF1(s, gold, half);
    assertTrue(t.globalMicroF1() >= atHalf, t + " vs " + atHalf);
    assertTrue(t.perLabelMicroF1() >= t.globalMicroF1() - 1e-12, t.toString());
    assertEquals(t.perLabelMicroF1(), microF1(s, gold, t.perLabel()), 1e-12);
  }

  static double microF1(double[][] s, int[][] gold, double[] thresholds) {
    long tp = 0;
    long fp = 0;
    long positives = 0;
    for (int d = 0; d < s.length; d++) {
      positives += gold[d].length;
      for (int l = 0; l < thresholds.length; l++) {
        if (s[d][l] >= thresholds[l]) {
          int label = l;
          boolean hit = java.util.Arrays.stream(gold[d]).anyMatch(g -> g == label);
          tp += hit ? 1 : 0;
          fp += hit ? 0 : 1;
        }
      }
    }
    return 2.0 * tp / (tp + fp + positives);
  }

  @Test
  void forPrecisionTakesTheLowestThresholdThatReachesTheTarget() {
    double[] pos = {0.9, 0.8, 0.7, 0.4};
    double[] neg = {0.75, 0.3, 0.2};
    // >= 0.8: 2/2; >= 0.75: 2/3; >= 0.7: 3/4; >= 0.4: 4/5; >= 0.3: 4/6
    ThresholdTuning.PrecisionPoint p = ThresholdTuning.forPrecision(pos, neg, 0.75);
    org.junit.jupiter.api.Assertions.assertEquals(new ThresholdTuning.PrecisionPoint(0.4, 0.8, 1.0), p);
    org.junit.jupiter.api.Assertions.assertEquals(0.8, ThresholdTuning.forPrecision(pos, neg, 1.0).threshold());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ThresholdTuning.forPrecision(new double[] {0.1}, new double[] {0.5}, 0.9));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("best 0.500"), e.getMessage());
  }

  @Test
  void perLabelOrKeepsTheFallbackOnlyWhenNoDocumentHasALabel() {
    double[][] scores = {{0.9, 0.2}, {0.8, 0.1}, {0.3, 0.7}, {0.1, 0.95}};
    double[] fallback = {0.5, 0.5};
    int[][] none = {{}, {}, {}, {}};
    assertArrayEquals(fallback, ThresholdTuning.perLabelOr(scores, none, new ThresholdTuning.Options(1), fallback));
    int[][] gold = {{0}, {0}, {}, {1}};
    double[] tuned = ThresholdTuning.perLabelOr(scores, gold, new ThresholdTuning.Options(1), fallback);
    assertArrayEquals(ThresholdTuning.tune(scores, gold, new ThresholdTuning.Options(1)).perLabel(), tuned);
    assertTrue(tuned[0] > 0.3 && tuned[0] <= 0.8, "label 0 separates 0.8 from 0.3: " + tuned[0]);
  }
}
