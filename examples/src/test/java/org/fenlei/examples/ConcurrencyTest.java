package org.fenlei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenlei.core.Classifiers;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Eight threads sharing one model get exactly what one thread gets, for every kind a service can use. */
class ConcurrencyTest {

  @ParameterizedTest
  @ValueSource(strings = {"nb", "svm", "lr", "fasttext"})
  void manyThreadsEqualOneThread(String kind) throws Exception {
    List<Document> train = new ArrayList<>(Samples.sms());
    // over 100 documents, so that the model is calibrated as in production
    for (Document d : Samples.sms()) {
      train.add(Document.of(d.text() + "。", d.labels().get(0)));
      train.add(Document.of("！" + d.text(), d.labels().get(0)));
    }
    TextClassifier m = Classifiers.builder(kind).threads(2).set("seed", "3").train(train);
    List<String> texts = new ArrayList<>();
    for (Document d : Samples.reviews()) {
      texts.add(d.text());
    }
    for (Document d : Samples.sms()) {
      texts.add(d.text().substring(2));
    }
    List<Prediction> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(m.predict(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Prediction>>> runs = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        int shift = r;
        runs.add(pool.submit(() -> {
          List<Prediction> out = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            out.add(null);
          }
          for (int k = 0; k < 20 * texts.size(); k++) {
            int i = (k * 7 + shift) % texts.size();
            out.set(i, m.predict(texts.get(i)));
          }
          return out;
        }));
      }
      for (Future<List<Prediction>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(expected, m.predictAll(texts, 4));
  }
}
