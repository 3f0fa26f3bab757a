package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.fenlei.core.ModelFile;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fastText's one-vs-all loss on multi-label data where many documents have no label: each is a negative for every
 * label (the tool itself skips such lines), and the model learns that "none" is an answer.
 */
class UnlabelledTest {
  private static final String[] WEATHER = {"天气", "下雨", "气温", "晴天", "台风", "降温", "湿度", "风力"};
  private static final String[] FILLER = {"今天", "记者", "报道", "表示", "已经", "我们"};

  @TempDir
  Path tmp;

  /** Pretokenized weather sentences, which no label names. */
  static List<Document> unlabelled(int n, long seed) {
    Random r = new Random(seed);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0, len = 5 + r.nextInt(4); w < len; w++) {
        String[] pool = r.nextDouble() < 0.6 ? WEATHER : FILLER;
        sb.append(w == 0 ? "" : " ").append(pool[r.nextInt(pool.length)]);
      }
      out.add(new Document("u" + i, sb.toString(), List.of(), null, i + 1));
    }
    return out;
  }

  private static List<Document> mixed(String labelled, int unlabelled, long seed) throws IOException {
    List<Document> docs = new ArrayList<>(FastTextTest.read(labelled));
    docs.addAll(unlabelled(unlabelled, seed));
    return docs;
  }

  @Test
  void oneVsAllLearnsThatUnlabelledDocumentsHaveNoLabel() throws IOException {
    FastText m = FastText.train(mixed("tiny.train.txt", 150, 1), FastTextTest.options(Loss.OVA), null, true);
    assertTrue(m.multiLabel());
    assertEquals(0, m.minLabels(), "none is a right answer the training data taught");
    int none = 0;
    List<Document> weather = unlabelled(50, 2);
    for (Document d : weather) {
      none += m.predict(d.text(), -1, Double.NaN).isEmpty() ? 1 : 0;
    }
    assertTrue(none >= 45, none + " of 50 unlabelled test documents given no label");
    int exact = 0;
    List<Document> test = FastTextTest.read("tiny.test.txt");
    for (Document d : test) {
      List<String> p = m.predict(d.text(), -1, Double.NaN).labels().stream().map(s -> s.label()).toList();
      exact += p.equals(d.labels()) ? 1 : 0;
    }
    assertTrue(exact >= 0.8 * test.size(), exact + " of " + test.size() + " labelled test documents exactly right");
    Path file = tmp.resolve("m.fenlei");
    ModelFile.save(m, file);
    FastText back = (FastText) ModelFile.load(file);
    assertEquals(0, back.minLabels());
    for (Document d : weather) {
      assertArrayEquals(m.scores(d.text()), back.scores(d.text()));
      assertEquals(m.predict(d.text(), -1, Double.NaN), back.predict(d.text(), -1, Double.NaN));
    }
  }

  /** Training on an unlabelled document moves every label's score on its words down. */
  @Test
  void anUnlabelledDocumentIsANegativeForEveryLabel() throws IOException {
    List<Document> labelled = FastTextTest.read("tiny.train.txt");
    FastText with = FastText.train(mixed("tiny.train.txt", 150, 3), FastTextTest.options(Loss.OVA), null, true);
    FastText without = FastText.train(labelled, FastTextTest.options(Loss.OVA), null, true);
    assertEquals(with.labels(), without.labels());
    double[] sumWith = new double[with.labels().size()];
    double[] sumWithout = new double[sumWith.length];
    for (Document d : unlabelled(40, 4)) {
      double[] a = with.scores(d.text());
      double[] b = without.scores(d.text());
      for (int l = 0; l < a.length; l++) {
        sumWith[l] += a[l];
        sumWithout[l] += b[l];
      }
    }
    for (int l = 0; l < sumWith.length; l++) {
      assertTrue(sumWith[l] < 0.5 * sumWithout[l], with.labels().get(l) + ": mean score " + sumWith[l] / 40
          + " with unlabelled documents, " + sumWithout[l] / 40 + " without");
    }
  }

  @Test
  void otherLossesAndMultiClassDataRefuseUnlabelledDocuments() throws IOException {
    List<Document> docs = mixed("tiny.train.txt", 5, 5);
    for (Loss loss : List.of(Loss.SOFTMAX, Loss.HS, Loss.NS)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FastText.train(docs, FastTextTest.options(loss), null, true));
      assertEquals("documents without labels need loss ova (one-vs-all), which learns them as negatives for every "
          + "label; loss " + loss.toolName() + " cannot learn \"no label\"", e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FastText.train(docs, FastTextTest.options(Loss.OVA), null, false));
    assertTrue(e.getMessage().startsWith("u0: training document has no label; a multi-class task"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FastText.train(unlabelled(5, 6), FastTextTest.options(Loss.OVA), null, true));
    assertTrue(e.getMessage().startsWith("none of the 5 training documents has a label"), e.getMessage());
  }

  @Test
  void autotuneScoresTrialsOnADevSetWithUnlabelledDocuments() throws IOException {
    List<Document> dev = new ArrayList<>(FastTextTest.read("tiny.test.txt"));
    dev.addAll(unlabelled(30, 7));
    FastTextOptions start = FastTextTest.options(Loss.OVA).withEpoch(5);
    Autotune.Result r = Autotune.search(mixed("tiny.train.txt", 150, 8), dev, start, Set.of(), null, true, 2.0);
    assertEquals(0, r.model().minLabels());
    assertTrue(r.score() > 0.5, "micro-F1 on the dev documents " + r.score());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Autotune.search(
        mixed("tiny.train.txt", 5, 9), dev, FastTextTest.options(Loss.SOFTMAX), Set.of(), null, true, 2.0));
    assertTrue(e.getMessage().startsWith("documents without labels need loss ova"), e.getMessage());
  }
}
