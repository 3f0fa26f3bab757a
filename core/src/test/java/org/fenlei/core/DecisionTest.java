package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private final TextClassifier multiClass =
      new FixedClassifier(List.of("a", "b", "c"), new double[] {0.3, 0.5, 0.2}, false);
  private final TextClassifier multiLabel =
      new FixedClassifier(List.of("a", "b", "c"), new double[] {0.9, 0.5, 0.2}, true);

  @Test
  void multiClassDefaultsToTheBestLabel() {
    assertEquals(List.of(new ScoredLabel("b", 0.5)), multiClass.predict("", -1, Double.NaN).labels());
    assertEquals(List.of(new ScoredLabel("b", 0.5), new ScoredLabel("a", 0.3)), multiClass.predict("", 2, Double.NaN).labels());
    assertEquals(List.of(), multiClass.predict("", -1, 0.6).labels());
  }

  @Test
  void multiLabelDefaultsToEveryLabelAboveItsThreshold() {
    assertEquals(List.of(new ScoredLabel("a", 0.9), new ScoredLabel("b", 0.5)),
        multiLabel.predict("", -1, Double.NaN).labels());
    assertEquals(List.of(new ScoredLabel("a", 0.9)), multiLabel.predict("", 1, Double.NaN).labels());
    assertEquals(3, multiLabel.predict("", -1, 0.0).labels().size());
  }

  /** The one-pass rule for the best label agrees with ranking every label, ties and thresholds included. */
  @Test
  void theBestLabelFastPathAgreesWithTheFullRanking() {
    java.util.Random r = new java.util.Random(5);
    List<String> labels = List.of("c", "a", "d", "b");
    for (boolean multi : new boolean[] {false, true}) {
      FixedClassifier m = new FixedClassifier(labels, new double[] {0.1, 0.2, 0.3, 0.4}, multi);
      for (int n = 0; n < 5000; n++) {
        double[] s = new double[4];
        for (int i = 0; i < 4; i++) {
          s[i] = r.nextInt(4) / 4.0; // many ties
        }
        double threshold = r.nextBoolean() ? Double.NaN : r.nextInt(5) / 4.0;
        List<ScoredLabel> fast = m.decide(s, 1, threshold).labels();
        List<ScoredLabel> full = m.decide(s, 4, threshold).labels();
        assertEquals(full.isEmpty() ? List.of() : full.subList(0, 1), fast,
            java.util.Arrays.toString(s) + " threshold " + threshold);
      }
    }
  }
}
