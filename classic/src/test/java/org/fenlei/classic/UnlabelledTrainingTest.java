package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.Classifiers;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TrainingData;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-vs-rest models on multi-label data where half the documents have no label: they train on them as negatives
 * for every label, learn that "none" is an answer (at least zero labels a document), and round-trip.
 */
class UnlabelledTrainingTest {
  /** The fraction of unlabelled test documents given no label, and of labelled ones given exactly their set. */
  private static double[] rightAnswers(TextClassifier m, List<Document> test) {
    int none = 0;
    int unlabelled = 0;
    for (Document d : test) {
      if (d.labels().isEmpty()) {
        unlabelled++;
        none += m.predict(d.text(), -1, Double.NaN).isEmpty() ? 1 : 0;
      }
    }
    List<Document> labelled = test.stream().filter(d -> !d.labels().isEmpty()).toList();
    return new double[] {(double) none / unlabelled, TestCorpus.accuracy(m, labelled)};
  }

  @Test
  void everyOneVsRestKindTrainsOnUnlabelledDocumentsAndPredictsNoneForThem(@TempDir Path dir) throws IOException {
    List<Document> train = TestCorpus.withUnlabelled(300, 1);
    List<Document> test = TestCorpus.withUnlabelled(60, 2);
    for (String kind : List.of("svm", "lr", "nb")) {
      // multi-label is detected: some documents have two labels
      TextClassifier m = Classifiers.builder(kind).threads(2).train(train);
      assertTrue(m.multiLabel(), kind);
      assertEquals(0, m.minLabels(), kind + ": none is a right answer the training data taught");
      double[] right = rightAnswers(m, test);
      assertTrue(right[0] >= 0.9, kind + ": unlabelled test documents given no label: " + right[0]);
      assertTrue(right[1] >= 0.6, kind + ": labelled test documents given their exact set: " + right[1]);
      TestCorpus.assertRoundTrip(m, test, dir.resolve(kind + ".fenlei"));
    }
  }

  @Test
  void thresholdsAreTunedOnADevSetWithUnlabelledDocuments() {
    TextClassifier m = Classifiers.builder("svm").threads(2).multiLabel(true).dev(TestCorpus.withUnlabelled(60, 3))
        .train(TestCorpus.withUnlabelled(300, 4));
    assertEquals(0, m.minLabels());
    double[] right = rightAnswers(m, TestCorpus.withUnlabelled(60, 5));
    assertTrue(right[0] >= 0.9 && right[1] >= 0.6, java.util.Arrays.toString(right));
  }

  /** An unlabelled document is a negative of every label: its words pull every label's score down. */
  @Test
  void unlabelledDocumentsAreNegativesForEveryLabel() {
    List<Document> all = TestCorpus.withUnlabelled(300, 6);
    List<Document> labelledOnly = all.stream().filter(d -> !d.labels().isEmpty()).toList();
    FeatureConfig f = new FeatureConfig();
    TrainingData with = TrainingData.prepare(all, SegmenterConfig.jieba(), f, true, 2);
    TrainingData without = TrainingData.prepare(labelledOnly, SegmenterConfig.jieba(), f, true, 2);
    assertTrue(with.anyUnlabelled());
    assertTrue(!without.anyUnlabelled());
    LinearModel.Options o = new LinearModel.Options(LinearModel.Loss.SVM);
    TextClassifier a = LinearModel.fit(with, o, 0, 2);
    TextClassifier b = LinearModel.fit(without, o, 0, 2);
    assertEquals(a.labels(), b.labels());
    for (Document d : TestCorpus.withUnlabelled(20, 7)) {
      if (d.labels().isEmpty()) {
        double[] sa = a.scores(d.text());
        double[] sb = b.scores(d.text());
        for (int l = 0; l < sa.length; l++) {
          assertTrue(sa[l] < sb[l], d.text() + " label " + a.labels().get(l) + ": " + sa[l] + " vs " + sb[l]);
        }
      }
    }
  }
}
