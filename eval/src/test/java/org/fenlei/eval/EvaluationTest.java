package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static Evaluation multiClass() {
    Evaluation e = new Evaluation(List.of("a", "b", "c"), Set.of(), false);
    String[] gold = {"a", "a", "b", "c"};
    String[] pred = {"a", "b", "b", "a"};
    for (int i = 0; i < gold.length; i++) {
      e.add(List.of(gold[i]), List.of(pred[i]));
    }
    return e;
  }

  @Test
  void multiClassByHand() {
    Evaluation e = multiClass();
    assertEquals(0.5, e.accuracy(), 1e-12);
    // F1: a 1/2, b 2/3, c 0 (never predicted: precision undefined, counted 0 as scikit-learn does)
    assertEquals((0.5 + 2.0 / 3 + 0) / 3, e.macroF1(), 1e-12);
    LabelStats c = e.perLabel().get(2);
    assertTrue(Double.isNaN(c.precision()));
    assertEquals(0.0, c.recall());
    assertArrayEquals(new long[] {1, 1, 0, 0}, e.confusion()[0]);
    assertArrayEquals(new long[] {1, 0, 0, 0}, e.confusion()[2]);
  }

  @Test
  void multiLabelByHand() {
    Evaluation e = new Evaluation(List.of("a", "b", "c"), Set.of(), true);
    e.add(List.of("a", "b"), List.of("a"));
    e.add(List.of("c"), List.of("c", "b"));
    e.add(List.of("a"), List.of());
    // tp 2, fp 1, fn 2
    assertEquals(4.0 / 7, e.microF1(), 1e-12);
    assertEquals((2.0 / 3 + 0 + 1) / 3, e.macroF1(), 1e-12);
    assertEquals(0.0, e.subsetAccuracy(), 1e-12);
    assertEquals(3.0 / 9, e.hammingLoss(), 1e-12);
    assertEquals("{\"micro_f1\": 0.5714285714285714, \"macro_f1\": 0.5555555555555555, \"subset_accuracy\": 0, "
        + "\"hamming_loss\": 0.3333333333333333, \"documents\": 3}", e.toJson());
  }

  /** Documents without gold labels: the right answer is none; every label given to one is an error. */
  @Test
  void multiLabelWithUnlabelledDocumentsByHand() {
    Evaluation e = new Evaluation(List.of("a", "b", "c"), Set.of(), true);
    e.add(List.of("a", "b"), List.of("a"));
    e.add(List.of(), List.of()); // rightly none: a subset-accuracy hit, no Hamming error
    e.add(List.of(), List.of("b", "c")); // two false positives
    e.add(List.of("c"), List.of("c"));
    // tp 2, fp 2, fn 1
    assertEquals(4.0 / 7, e.microF1(), 1e-12);
    assertEquals(0.5, e.microPrecision(), 1e-12);
    assertEquals(2.0 / 3, e.microRecall(), 1e-12);
    assertEquals(2.0 / 4, e.subsetAccuracy(), 1e-12);
    assertEquals(3.0 / 12, e.hammingLoss(), 1e-12);
    // F1: a 1, b 0 (tp 0, fp 1, fn 1), c 2/3 (tp 1, fp 1)
    assertEquals((1 + 0 + 2.0 / 3) / 3, e.macroF1(), 1e-12);
    assertEquals(2, e.documentsWithoutGold());
    assertEquals(1, e.documentsWithoutGoldGivenNone());
    assertEquals(1, e.documentsWithoutPrediction());
    assertEquals(3.0 / 4, e.goldCardinality(), 1e-12);
    // samples average with zero_division=0, as scikit-learn: an empty gold set with an empty prediction counts 0
    assertEquals((2.0 / 3 + 0 + 0 + 1) / 4, e.sampleF1(), 1e-12);
  }

  @Test
  void undeclaredLabelsAndSeveralPredictionsAreErrors() {
    Evaluation e = new Evaluation(List.of("a", "b"), Set.of(), false);
    assertThrows(IllegalArgumentException.class, () -> e.add(List.of("z"), List.of("a")));
    assertThrows(IllegalArgumentException.class, () -> e.add(List.of("a"), List.of("a", "b")));
  }

  @Test
  void undefinedMetricsAreNullInJsonAndWordsInReports(@TempDir Path dir) throws IOException {
    Evaluation empty = new Evaluation(List.of("a", "b"), Set.of(), false);
    assertEquals("{\"accuracy\": null, \"macro_f1\": null, \"documents\": 0}", empty.toJson());
    Path html = Report.write(multiClass(), "测试 <report>", dir);
    String page = Files.readString(html);
    assertTrue(page.contains("测试 &lt;report&gt;"));
    assertTrue(page.contains("undefined"));
    assertTrue(Files.readString(dir.resolve("report.md")).contains("| accuracy | 0.5000 |"));
    assertTrue(Files.readString(dir.resolve("report.json")).contains("\"accuracy\": 0.5"));
  }
}
