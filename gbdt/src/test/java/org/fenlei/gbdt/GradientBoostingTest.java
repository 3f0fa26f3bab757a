package org.fenlei.gbdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.classic.TestCorpus;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.Fusion;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TrainingData;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradientBoostingTest {
  private static final GradientBoosting.Options SMALL = new GradientBoosting.Options(30, 4, 8, 3, 0.2, 0.8);

  @Test
  void boostsOverFusedFeaturesAndRoundTrips(@TempDir Path dir) throws IOException {
    List<Document> train = TestCorpus.topics(300, 11, false);
    List<Document> test = TestCorpus.topics(90, 12, false);
    Fusion fusion = Fusion.parse("ngrams,lsi,lda", 8, 1000, 3, 50, null, "avg", null);
    TrainingData data = TrainingData.prepare(train, SegmenterConfig.jieba(), new FeatureConfig().withSelectK(50),
        fusion, false, 2, 1);
    TextClassifier m = GradientBoosting.fit(data, SMALL, List.of(), 0.1, 2, 1);
    assertEquals("gbdt", m.kind());
    assertTrue(TestCorpus.accuracy(m, test) >= 0.9, "accuracy " + TestCorpus.accuracy(m, test));
    TestCorpus.assertRoundTrip(m, test, dir.resolve("gbdt.fenlei"));
  }

  @Test
  void multiLabelBoostingTunesThresholds(@TempDir Path dir) throws IOException {
    List<Document> train = TestCorpus.topics(300, 13, true);
    List<Document> test = TestCorpus.topics(60, 14, true);
    TrainingData data = TrainingData.prepare(train, SegmenterConfig.jieba(), new FeatureConfig().withSelectK(50),
        Fusion.ngramsOnly(), false, 2, 1);
    TextClassifier m = GradientBoosting.fit(data, SMALL, List.of(), 0.2, 2, 1);
    assertTrue(m.multiLabel());
    assertEquals(1, m.minLabels());
    TestCorpus.assertRoundTrip(m, test, dir.resolve("gbdt-ml.fenlei"));
  }

  /** Half the documents have no label: one binary model per label takes them as negatives, and "none" is an answer. */
  @Test
  void multiLabelBoostingTrainsOnUnlabelledDocuments(@TempDir Path dir) throws IOException {
    List<Document> train = TestCorpus.withUnlabelled(200, 15);
    List<Document> test = TestCorpus.withUnlabelled(40, 16);
    TrainingData data = TrainingData.prepare(train, SegmenterConfig.jieba(), new FeatureConfig().withSelectK(50),
        Fusion.ngramsOnly(), false, 2, 1);
    TextClassifier m = GradientBoosting.fit(data, SMALL, List.of(), 0.2, 2, 1);
    assertEquals(0, m.minLabels());
    long none = test.stream().filter(d -> d.labels().isEmpty() && m.predict(d.text(), -1, Double.NaN).isEmpty())
        .count();
    assertTrue(none >= 36, none + " of 40 unlabelled test documents given no label");
    TestCorpus.assertRoundTrip(m, test, dir.resolve("gbdt-none.fenlei"));
  }
}
