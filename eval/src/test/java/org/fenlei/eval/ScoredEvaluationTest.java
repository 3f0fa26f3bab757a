package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenlei.core.ScoredLabel;
import org.junit.jupiter.api.Test;

/** Metrics that need scores, checked by hand on documents small enough to follow. */
class ScoredEvaluationTest {
  static List<ScoredLabel> decide(List<String> labels, double[] s, double threshold, boolean multiLabel) {
    List<ScoredLabel> out = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (s[i] >= threshold) {
        out.add(new ScoredLabel(labels.get(i), s[i]));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return multiLabel || out.isEmpty() ? out : out.subList(0, 1);
  }

  /** Model labels in the model's own (unsorted) order; one gold label the model does not know. */
  static Evaluation multiClass() {
    List<String> labels = List.of("体育", "财经", "科技");
    Evaluation e = Evaluation.withScores(labels, List.of("未知"), false);
    double[][] s = {{0.7, 0.2, 0.1}, {0.5, 0.3, 0.2}, {0.1, 0.8, 0.1}, {0.2, 0.3, 0.5}, {0.4, 0.35, 0.25},
        {0.6, 0.3, 0.1}};
    String[] gold = {"体育", "财经", "财经", "科技", "科技", "未知"};
    for (int d = 0; d < s.length; d++) {
      e.add("t.txt:" + (d + 1), "文本" + d, List.of(gold[d]), decide(labels, s[d], 0, false), s[d]);
    }
    return e;
  }

  @Test
  void multiClassByHand() {
    Evaluation e = multiClass();
    assertEquals(List.of("体育", "财经", "科技", "未知"), e.labels());
    assertEquals(3.0 / 6, e.accuracy(), 1e-12);
    // gold ranks: 1, 2, 1, 1, 3, unknown -> top-2 hits 4 of 6
    assertEquals(4.0 / 6, e.topKAccuracy(2), 1e-12);
    assertEquals(5.0 / 6, e.topKAccuracy(3), 1e-12);
    long[][] c = e.confusion();
    assertArrayEquals(new long[] {1, 0, 0, 0, 0}, c[0]);
    assertArrayEquals(new long[] {1, 1, 0, 0, 0}, c[1]);
    assertArrayEquals(new long[] {1, 0, 1, 0, 0}, c[2]);
    assertArrayEquals(new long[] {1, 0, 0, 0, 0}, c[3]);
    // kappa: po = 3/6; rows (1,2,2,1), columns (4,1,1,0): pe = (4 + 2 + 2 + 0) / 36
    double pe = 8.0 / 36;
    assertEquals((0.5 - pe) / (1 - pe), e.cohenKappa(), 1e-12);
    // F1: 体育 2/5, 财经 2/3, 科技 2/3, 未知 0; supports 1, 2, 2, 1
    assertEquals((0.4 + 2.0 / 3 + 2.0 / 3 + 0) / 4, e.macroF1(), 1e-12);
    assertEquals((0.4 * 1 + 2.0 / 3 * 2 + 2.0 / 3 * 2) / 6, e.weightedF1(), 1e-12);
    assertFalse(e.binary());
  }

  @Test
  void noLabelIsItsOwnColumnAndKeepsMicroApartFromAccuracy() {
    List<String> labels = List.of("a", "b");
    Evaluation e = Evaluation.withScores(labels, List.of(), false);
    e.add("1", "x", List.of("a"), List.of(new ScoredLabel("a", 0.9)), new double[] {0.9, 0.1});
    e.add("2", "y", List.of("b"), List.of(), new double[] {0.45, 0.55});
    assertEquals(1, e.documentsWithoutPrediction());
    assertArrayEquals(new long[] {0, 0, 1}, e.confusion()[1]);
    assertEquals(0.5, e.accuracy(), 1e-12);
    assertEquals(2.0 / 3, e.microF1(), 1e-12); // tp 1, fp 0, fn 1
    assertTrue(Double.isNaN(e.perLabel().get(1).precision()), "b was never predicted");
    assertEquals(0.0, e.perLabel().get(1).recall());
  }

  @Test
  void multiLabelRankingCardinalityAndThresholdCurve() {
    List<String> labels = List.of("a", "b", "c", "d");
    Evaluation e = Evaluation.withScores(labels, List.of(), true);
    double[][] s = {{0.9, 0.6, 0.2, 0.1}, {0.3, 0.7, 0.55, 0.05}, {0.45, 0.2, 0.1, 0.4}};
    List<List<String>> gold = List.of(List.of("a", "c"), List.of("c"), List.of("d"));
    for (int d = 0; d < s.length; d++) {
      e.add("" + d, "", gold.get(d), decide(labels, s[d], 0.5, true), s[d]);
    }
    // decisions: {a, b}, {b, c}, {} against {a, c}, {c}, {d}
    assertEquals(2 * 2.0 / (2 * 2 + 2 + 2), e.microF1(), 1e-12);
    assertEquals(0.0, e.subsetAccuracy());
    assertEquals(4.0 / 12, e.hammingLoss(), 1e-12);
    assertEquals((0.5 + 0.5 + 0) / 3, e.samplePrecision(), 1e-12);
    assertEquals((0.5 + 1 + 0) / 3, e.sampleRecall(), 1e-12);
    assertEquals((0.5 + 2.0 / 3 + 0) / 3, e.sampleF1(), 1e-12);
    assertEquals(4.0 / 3, e.goldCardinality(), 1e-12);
    assertEquals(4.0 / 3, e.predictedCardinality(), 1e-12);
    assertEquals(1, e.documentsWithoutPrediction());
    // ranks of gold: doc0 a=1, c=3; doc1 c=2; doc2 d=2
    assertEquals((1.0 + 0 + 0) / 3, e.precisionAtK(1), 1e-12);
    assertEquals((1.0 / 2 + 1.0 / 2 + 1.0 / 2) / 3, e.precisionAtK(2), 1e-12);
    assertEquals((0.5 + 1 + 1) / 3, e.recallAtK(2), 1e-12);
    assertEquals((1 + 1 + 1) / 3.0, e.recallAtK(3), 1e-12);
    ThresholdCurve curve = e.thresholdCurve();
    int half = java.util.Arrays.binarySearch(curve.thresholds(), 0.5);
    assertEquals(e.microF1(), curve.microF1()[half], 1e-12, "the curve at 0.5 is the decisions made at 0.5");
    assertEquals(e.macroF1(), curve.macroF1()[half], 1e-12);
    // at 0.4 every gold label but c@0.2 is predicted: tp 3, fp b@0.6, b@0.7, a@0.45 -> 2*3 / (6 + 3 + 1)
    int low = java.util.Arrays.binarySearch(curve.thresholds(), 0.4);
    assertEquals(0.6, curve.microF1()[low], 1e-12);
    // at 0.2 every gold label is predicted, with 5 false positives: 2*4 / (8 + 5), the best
    assertEquals(8.0 / 13, curve.microF1()[curve.bestMicro()], 1e-12);
    assertEquals(0.2, curve.thresholds()[curve.bestMicro()], 1e-12);
  }

  @Test
  void thresholdGridStepsAreExactAtTheBoundaries() {
    for (int b = 0; b < ThresholdGrid.GRID.length; b++) {
      double t = ThresholdGrid.GRID[b];
      assertEquals(b, ThresholdGrid.step(t), "at " + t);
      assertEquals(b - 1, ThresholdGrid.step(Math.nextDown(t)), "below " + t);
    }
    assertEquals(-1, ThresholdGrid.step(-0.0001));
    assertEquals(ThresholdGrid.GRID.length - 1, ThresholdGrid.step(1.5));
  }

  @Test
  void bootstrapIsSeededAndBracketsTheEstimate() {
    Evaluation e = ScikitLearnAgreementTest.multiClass(List.of("x", "y", "z"), 400, 3, 0, 0);
    Map<String, Interval> a = e.confidenceIntervals(300, 42, null);
    Map<String, Interval> b = e.confidenceIntervals(300, 42, null);
    assertEquals(a, b);
    assertEquals(List.of("accuracy", "macro_f1", "weighted_f1"), List.copyOf(a.keySet()));
    Interval acc = a.get("accuracy");
    assertTrue(acc.low() < e.accuracy() && e.accuracy() < acc.high(), acc + " around " + e.accuracy());
    assertTrue(acc.high() - acc.low() < 0.15, "400 documents give a narrow interval: " + acc);
    assertTrue(e.confidenceIntervals(0, 1, null).values().stream().noneMatch(Interval::defined));
    Evaluation binary = ScikitLearnAgreementTest.multiClass(List.of("neg", "pos"), 300, 3, 0, 0);
    Interval auc = binary.confidenceIntervals(200, 1, "pos").get("roc_auc");
    double point = binary.binary("pos").rocAuc();
    assertTrue(auc.low() < point && point < auc.high(), auc + " around " + point);
  }

  @Test
  void hostileInputIsRefusedByName() {
    Evaluation e = Evaluation.withScores(List.of("a", "b"), List.of(), false);
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> e.add("doc7", "", List.of("a"), List.of(), new double[] {Double.NaN, 0.1}));
    assertTrue(nan.getMessage().contains("doc7") && nan.getMessage().contains("'a'"), nan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> e.add("d", "", List.of("a"), List.of(), new double[] {0.1}));
    assertThrows(IllegalStateException.class, () -> e.add(List.of("a"), List.of("a")));
    Evaluation plain = new Evaluation(List.of("a"), List.of(), false);
    assertThrows(IllegalStateException.class, () -> plain.topKAccuracy(1));
    assertThrows(IllegalStateException.class, plain::thresholdCurve);
  }
}
