package org.fenlei.gbdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenlei.classic.TestCorpus;
import org.fenlei.core.Classifiers;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** gbdt through the library API: found by kind once this artifact is on the class path, thread-safe. */
class GbdtLibraryTest {
  @Test
  void eightThreadsEqualOneThread() throws Exception {
    TextClassifier m = Classifiers.builder("gbdt").threads(2).set("trees", "20").set("lsi", "8").set("lda", "3")
        .set("lda-iterations", "30").set("select-k", "50").train(TestCorpus.topics(240, 21, false));
    List<Document> test = TestCorpus.topics(60, 22, false);
    List<Prediction> expected = new ArrayList<>();
    for (Document d : test) {
      expected.add(m.predict(d.text()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Prediction>>> runs = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        runs.add(pool.submit(() -> test.stream().map(d -> m.predict(d.text())).toList()));
      }
      for (Future<List<Prediction>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("gbdt", m.kind());
  }
}
