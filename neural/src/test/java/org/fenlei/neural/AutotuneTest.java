package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

class AutotuneTest {

  @Test
  void keepsTheBestTrialAndItsScoreIsTheDevScore() throws IOException {
    List<Document> train = FastTextTest.read("tiny.train.txt");
    List<Document> dev = FastTextTest.read("tiny.test.txt");
    FastTextOptions start = new FastTextOptions().withDim(10).withEpoch(1).withLr(0.05).withThread(1);
    Autotune.Result r = Autotune.search(train, dev, start, Set.of(), null, false, 3.0);
    assertTrue(r.trials() >= 2, "trials " + r.trials());
    assertEquals(FastTextTest.accuracy(r.model(), dev), r.score(), 1e-9);
    FastText first = FastText.train(train, start, null, false);
    assertTrue(r.score() >= FastTextTest.accuracy(first, dev), "never worse than the starting options");
  }

  @Test
  void manualOptionsStayFixed() {
    FastTextOptions best = new FastTextOptions().withDim(10).withEpoch(7);
    Random rng = new Random(1);
    for (int i = 0; i < 50; i++) {
      FastTextOptions o = Autotune.ask(best, 2_000_000, Set.of("dim", "epoch", "loss"), i / 50.0, rng, false);
      assertEquals(10, o.dim());
      assertEquals(7, o.epoch());
      assertEquals(Loss.SOFTMAX, o.loss());
      assertTrue(o.lr() >= 0.01 && o.lr() <= 5 && o.wordNgrams() >= 1 && o.wordNgrams() <= 5);
      assertTrue(o.maxn() == 0 || o.maxn() == o.minn() + 3);
    }
  }

  @Test
  void multiLabelDataKeepsOneVsAll() {
    FastTextOptions best = new FastTextOptions().withLoss(Loss.OVA);
    Random rng = new Random(2);
    for (int i = 0; i < 50; i++) {
      assertEquals(Loss.OVA, Autotune.ask(best, 2_000_000, Set.of(), 0.5, rng, true).loss());
    }
  }
}
