package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TrainingData;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;

/**
 * LIBLINEAR models learn an intercept, as scikit-learn's LinearSVC and LogisticRegression do: a text without any
 * known term scores {@code sigmoid(b)}, below 0.5 for a label most documents lack (with no intercept, 0.5 exactly).
 */
class InterceptTest {
  @Test
  void oneVsRestLabelsLearnANegativeBiasWhenMostDocumentsLackThem() {
    List<Document> docs = TestCorpus.withUnlabelled(150, 11); // each label on a sixth of the documents at most
    TrainingData data = TrainingData.prepare(docs, SegmenterConfig.jieba(), new FeatureConfig(), false, 2);
    for (LinearModel.Loss loss : LinearModel.Loss.values()) {
      TextClassifier m = LinearModel.fit(data, new LinearModel.Options(loss), 0, 2);
      double[] s = m.scores("");
      for (int l = 0; l < s.length; l++) {
        assertTrue(s[l] < 0.45, loss + " " + m.labels().get(l) + ": " + s[l]);
      }
    }
  }
}
