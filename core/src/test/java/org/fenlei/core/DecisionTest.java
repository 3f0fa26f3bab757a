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
}
