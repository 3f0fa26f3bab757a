package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TrainingData;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every classic model kind: learns a separable toy task, and saves and loads to identical predictions. */
class ModelsTest {
  static List<Document> corpus(int n, long seed, boolean multi) {
    return TestCorpus.topics(n, seed, multi);
  }

  static TrainingData data(List<Document> docs, FeatureConfig f) {
    return TrainingData.prepare(docs, SegmenterConfig.jieba(), f, false, 2);
  }

  static double accuracy(TextClassifier m, List<Document> test) {
    return TestCorpus.accuracy(m, test);
  }

  static void assertRoundTrip(TextClassifier m, List<Document> test, Path file) throws IOException {
    TestCorpus.assertRoundTrip(m, test, file);
  }

  @Test
  void everyKindLearnsAndRoundTrips(@TempDir Path dir) throws IOException {
    List<Document> train = corpus(300, 1, false);
    List<Document> test = corpus(90, 2, false);
    FeatureConfig[] configs = {new FeatureConfig(), new FeatureConfig().withChars(1, 2).withBuckets(4096),
        new FeatureConfig().withChars(1, 3).withSelectK(200)};
    for (FeatureConfig f : configs) {
      TrainingData data = data(train, f);
      List<TextClassifier> models = List.of(NaiveBayes.fit(data, new NaiveBayes.Options()),
          NaiveBayes.fit(data, new NaiveBayes.Options(NaiveBayes.Variant.COMPLEMENT, 0.3)),
          NaiveBayes.fit(data, new NaiveBayes.Options(NaiveBayes.Variant.BERNOULLI, 1.0)),
          LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.SVM), 0.1, 2),
          LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.LR), 0.1, 2));
      for (TextClassifier m : models) {
        assertTrue(accuracy(m, test) >= 0.95, m.kind() + " " + f + ": " + accuracy(m, test));
        assertRoundTrip(m, test, dir.resolve("m.fenlei"));
        double sum = 0;
        for (double s : m.scores(test.get(0).text())) {
          assertTrue(s >= 0 && s <= 1);
          sum += s;
        }
        assertEquals(1.0, sum, 1e-9, "multi-class scores sum to one");
      }
    }
  }

  @Test
  void multiLabelModelsTuneThresholdsAndRoundTrip(@TempDir Path dir) throws IOException {
    List<Document> train = corpus(400, 3, true);
    List<Document> test = corpus(120, 4, true);
    TrainingData data = data(train, new FeatureConfig());
    assertTrue(data.multiLabel());
    List<TextClassifier> models = List.of(NaiveBayes.fit(data, new NaiveBayes.Options(), 0.2, 1),
        NaiveBayes.fit(data, new NaiveBayes.Options(NaiveBayes.Variant.COMPLEMENT, 0.3), 0.2, 1),
        NaiveBayes.fit(data, new NaiveBayes.Options(NaiveBayes.Variant.BERNOULLI, 1.0), 0.2, 1),
        LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.SVM), 0.2, 2),
        LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.LR), 0.2, 2));
    for (TextClassifier m : models) {
      assertEquals(1, m.minLabels());
      assertTrue(accuracy(m, test) >= 0.6, m.kind() + " subset accuracy " + accuracy(m, test));
      assertRoundTrip(m, test, dir.resolve(m.kind() + ".fenlei"));
      for (Document d : test) {
        assertTrue(!m.predict(d.text(), -1, Double.NaN).isEmpty(), "at least one label");
      }
    }
  }

  @Test
  void trainingIsDeterministic() {
    List<Document> train = corpus(200, 5, false);
    TrainingData data = data(train, new FeatureConfig().withChars(1, 2));
    TextClassifier a = LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.SVM), 0.1, 2);
    TextClassifier b = LinearModel.fit(data, new LinearModel.Options(LinearModel.Loss.SVM), 0.1, 1);
    for (Document d : corpus(30, 6, false)) {
      assertArrayEquals(a.scores(d.text()), b.scores(d.text()));
    }
  }
}
