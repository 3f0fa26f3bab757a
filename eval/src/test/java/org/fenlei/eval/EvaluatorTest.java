package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutput;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** Evaluating a model on documents without labels: counted for a multi-label model, refused for a multi-class one. */
class EvaluatorTest {
  /** Scores a label 0.9 when the text contains it, else 0.1. */
  private static final class Keywords extends TextClassifier {
    private final boolean multiLabel;

    Keywords(boolean multiLabel) {
      this.multiLabel = multiLabel;
    }

    @Override
    public String kind() {
      return "keywords-test";
    }

    @Override
    public List<String> labels() {
      return List.of("体育", "财经");
    }

    @Override
    public boolean multiLabel() {
      return multiLabel;
    }

    @Override
    public double[] scores(String text) {
      return new double[] {text.contains("体育") ? 0.9 : 0.1, text.contains("财经") ? 0.9 : 0.1};
    }

    @Override
    public void write(DataOutput out) {
      throw new UnsupportedOperationException();
    }
  }

  private static Document doc(int line, String text, String... labels) {
    return new Document("t.txt:" + line, text, List.of(labels), Path.of("/data/t.txt"), line);
  }

  @Test
  void unlabelledDocumentsCountInEveryMultiLabelMetric() {
    List<Document> docs = List.of(doc(1, "体育新闻", "体育"), doc(2, "天气晴"), doc(3, "体育和财经"), doc(4, "财经", "财经"));
    Evaluation e = Evaluator.evaluate(new Keywords(true), docs, -1, Double.NaN, 2);
    assertEquals(4, e.documents());
    assertEquals(2, e.documentsWithoutGold());
    assertEquals(0.75, e.subsetAccuracy(), 1e-12, "line 2 rightly given none; line 3 given two labels it lacks");
    assertEquals(2.0 / 8, e.hammingLoss(), 1e-12);
    assertEquals(0.5, e.microPrecision(), 1e-12);
    assertEquals(1.0, e.microRecall(), 1e-12);
  }

  @Test
  void aMultiClassModelRefusesThemNamingTheDocument() {
    List<Document> docs = List.of(doc(1, "体育新闻", "体育"), doc(2, "天气晴"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluator.evaluate(new Keywords(false), docs, -1, Double.NaN, 1));
    assertTrue(e.getMessage().startsWith(Path.of("/data/t.txt") + ":2: test document has no label; a multi-class "
        + "task needs one label a document"), e.getMessage());
    assertTrue(e.getMessage().contains("--multi-label"), e.getMessage());
  }

  @Test
  void aTestSetWithoutAnyLabelIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluator.evaluate(new Keywords(true), List.of(doc(1, "天气"), doc(2, "下雨")), -1, Double.NaN, 1));
    assertTrue(e.getMessage().startsWith("none of the 2 test documents has a label"), e.getMessage());
  }
}
