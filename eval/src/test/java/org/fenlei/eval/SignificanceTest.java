package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignificanceTest {
  static Evaluation decisions(String[] gold, String[] predicted) {
    Evaluation e = new Evaluation(List.of("a", "b", "c"), List.of(), false);
    for (int i = 0; i < gold.length; i++) {
      e.add(List.of(gold[i]), List.of(predicted[i]));
    }
    return e;
  }

  @Test
  void exactBinomialGoldenValues() {
    assertEquals(1.0, Significance.binomialTwoSided(0, 0));
    assertEquals(2.0 / 32, Significance.binomialTwoSided(0, 5), 1e-15);
    assertEquals(1.0, Significance.binomialTwoSided(10, 20));
    // 2 * P[X <= 3], X ~ Bin(12, 1/2) = 2 * (1 + 12 + 66 + 220) / 4096
    assertEquals(2.0 * 299 / 4096, Significance.binomialTwoSided(3, 12), 1e-15);
  }

  @Test
  void mcNemarCountsDisagreementsOnly() {
    String[] gold = {"a", "a", "b", "b", "c", "c", "a", "b"};
    Evaluation x = decisions(gold, new String[] {"a", "a", "b", "b", "c", "a", "b", "a"});
    Evaluation y = decisions(gold, new String[] {"a", "b", "a", "b", "a", "a", "b", "b"});
    Significance.McNemar m = Significance.mcNemar(x, y);
    assertEquals(3, m.firstOnlyCorrect());
    assertEquals(1, m.secondOnlyCorrect());
    assertEquals(Significance.binomialTwoSided(1, 4), m.pValue(), 1e-15);
  }

  @Test
  void randomisationIsSeededAndSeesNoDifferenceBetweenIdenticalModels() {
    Evaluation a = ScikitLearnAgreementTest.multiLabel(List.of("p", "q", "r", "s"), 200, 1);
    Evaluation b = ScikitLearnAgreementTest.multiLabel(List.of("p", "q", "r", "s"), 200, 1);
    Significance.Randomization same = Significance.approximateRandomization(a, b, "micro_f1", 200, 3);
    assertEquals(0.0, same.difference());
    assertEquals(1.0, same.pValue());
    Evaluation worse = new Evaluation(List.of("p", "q", "r", "s"), List.of(), true);
    for (Row r : a.rows()) {
      worse.add(labels(a, r.gold()), List.of("p"));
    }
    Significance.Randomization diff = Significance.approximateRandomization(a, worse, "micro_f1", 500, 3);
    assertEquals(diff, Significance.approximateRandomization(a, worse, "micro_f1", 500, 3));
    assertTrue(diff.difference() > 0 && diff.pValue() < 0.01, diff.toString());
    assertThrows(IllegalArgumentException.class,
        () -> Significance.approximateRandomization(a, worse, "no_such_metric", 10, 1));
  }

  @Test
  void pairedBootstrapIntervalOfTheDifference() {
    Evaluation a = ScikitLearnAgreementTest.multiLabel(List.of("p", "q", "r", "s"), 300, 1);
    Evaluation same = ScikitLearnAgreementTest.multiLabel(List.of("p", "q", "r", "s"), 300, 1);
    Significance.Bootstrap zero = Significance.pairedBootstrap(a, same, "micro_f1", 200, 5);
    assertEquals(new Interval(0, 0), zero.interval(), "identical models differ by nothing on every resample");
    assertTrue(!zero.excludesZero());
    Evaluation worse = new Evaluation(List.of("p", "q", "r", "s"), List.of(), true);
    for (Row r : a.rows()) {
      worse.add(labels(a, r.gold()), List.of("p"));
    }
    Significance.Bootstrap b = Significance.pairedBootstrap(a, worse, "micro_f1", 500, 5);
    assertEquals(b, Significance.pairedBootstrap(a, worse, "micro_f1", 500, 5), "seeded");
    assertEquals(a.microF1() - worse.microF1(), b.difference(), 1e-12);
    assertTrue(b.interval().low() <= b.difference() && b.difference() <= b.interval().high(), b.toString());
    assertTrue(b.excludesZero() && b.interval().low() > 0, b.toString());
    Significance.Bootstrap reversed = Significance.pairedBootstrap(worse, a, "micro_f1", 500, 5);
    assertEquals(-b.interval().high(), reversed.interval().low(), 1e-12, "the same draws, mirrored");
    assertThrows(IllegalArgumentException.class, () -> Significance.pairedBootstrap(a, worse, "micro_f1", 0, 5));
  }

  @Test
  void pairedBootstrapOfEqualAccuracyStraddlesZero() {
    // the two models make different mistakes, two each, on 40 documents: no evidence either is better
    String[] gold = new String[40];
    String[] x = new String[40];
    String[] y = new String[40];
    for (int i = 0; i < 40; i++) {
      gold[i] = x[i] = y[i] = i % 2 == 0 ? "a" : "b";
    }
    x[0] = x[1] = "c";
    y[2] = y[3] = "c";
    Significance.Bootstrap b = Significance.pairedBootstrap(decisions(gold, x), decisions(gold, y), "accuracy", 400, 2);
    assertEquals(0.0, b.difference());
    assertTrue(b.interval().low() < 0 && b.interval().high() > 0, b.toString());
  }

  private static List<String> labels(Evaluation e, int[] ids) {
    return java.util.Arrays.stream(ids).mapToObj(e.labels()::get).toList();
  }

  @Test
  void differentDocumentsAreRefused() {
    Evaluation x = decisions(new String[] {"a", "b"}, new String[] {"a", "b"});
    Evaluation y = decisions(new String[] {"a", "c"}, new String[] {"a", "b"});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Significance.mcNemar(x, y));
    assertTrue(e.getMessage().contains("document 2"), e.getMessage());
    Evaluation shorter = decisions(new String[] {"a"}, new String[] {"a"});
    assertThrows(IllegalArgumentException.class, () -> Significance.mcNemar(x, shorter));
  }
}
