package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;

class ResampleTest {
  private static TrainingData data() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String label = i < 9 ? "ham" : "spam"; // 9 : 3
      docs.add(new Document("d" + i, "文本" + i, List.of(label), null, i + 1));
    }
    return TrainingData.prepare(docs, SegmenterConfig.jieba(), new FeatureConfig(), false, 1);
  }

  private static int[] counts(TrainingData d) {
    int[] c = new int[d.labels().size()];
    for (int[] y : d.labelIds()) {
      c[y[0]]++;
    }
    return c;
  }

  @Test
  void overAndUnderSamplingBalanceTheClasses() {
    TrainingData d = data();
    assertEquals(List.of("ham", "spam"), d.labels());
    assertEquals(List.of(9, 9), java.util.Arrays.stream(counts(d.resample("over", 1))).boxed().toList());
    assertEquals(List.of(3, 3), java.util.Arrays.stream(counts(d.resample("under", 1))).boxed().toList());
    assertEquals(d.resample("over", 7).vectors(), d.resample("over", 7).vectors());
    assertSame(d, d.resample("none", 1));
    assertThrows(IllegalArgumentException.class, () -> d.resample("smote", 1));
  }

  /** Multi-label data: documents without a label are a class of their own, kept and rebalanced like the others. */
  @Test
  void unlabelledDocumentsAreAClassOfTheirOwn() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      List<String> labels = i < 2 ? List.of("a", "b") : i < 4 ? List.of("b") : List.of(); // 2 : 2 : 8 unlabelled
      docs.add(new Document("d" + i, "文本" + i, labels, null, i + 1));
    }
    TrainingData d = TrainingData.prepare(docs, SegmenterConfig.jieba(), new FeatureConfig(), false, 1);
    assertTrue(d.multiLabel() && d.anyUnlabelled());
    for (String mode : List.of("over", "under")) {
      int[] byFirst = new int[3]; // a, b, none
      for (int[] y : d.resample(mode, 1).labelIds()) {
        byFirst[y.length == 0 ? 2 : y[0]]++;
      }
      int n = mode.equals("over") ? 8 : 2;
      assertEquals(List.of(n, n, n), java.util.Arrays.stream(byFirst).boxed().toList(), mode);
    }
  }
}
