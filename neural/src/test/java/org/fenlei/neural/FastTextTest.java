package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ScoredLabel;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FastTextTest {
  @TempDir
  Path tmp;

  static List<Document> read(String name) throws IOException {
    List<Document> out = new ArrayList<>();
    for (String line : Files.readAllLines(FastTextBinTest.resource(name), StandardCharsets.UTF_8)) {
      int sp = line.indexOf(' ');
      out.add(new Document("l" + out.size(), line.substring(sp + 1), List.of(line.substring(9, sp)), null,
          out.size() + 1));
    }
    return out;
  }

  static FastTextOptions options(Loss loss) {
    return new FastTextOptions().withDim(10).withEpoch(20).withLr(0.5).withWordNgrams(2).withBucket(1000)
        .withLoss(loss).withThread(1).withSeed(7);
  }

  static double accuracy(FastText m, List<Document> docs) {
    int ok = 0;
    for (Document d : docs) {
      ok += m.predictPretokenized(d.text(), 1, 0.0).labels().get(0).label().equals(d.labels().get(0)) ? 1 : 0;
    }
    return (double) ok / docs.size();
  }

  @ParameterizedTest
  @EnumSource(Loss.class)
  void everyLossLearnsTheTinyTopics(Loss loss) throws IOException {
    FastText m = FastText.train(read("tiny.train.txt"), options(loss), null, false);
    assertTrue(accuracy(m, read("tiny.test.txt")) >= 0.9, loss + ": " + accuracy(m, read("tiny.test.txt")));
  }

  @Test
  void singleThreadTrainingIsDeterministic() throws IOException {
    List<Document> train = read("tiny.train.txt");
    FastText a = FastText.train(train, options(Loss.SOFTMAX), null, false);
    FastText b = FastText.train(train, options(Loss.SOFTMAX), null, false);
    for (Document d : read("tiny.test.txt")) {
      assertArrayEquals(a.scores(d.text()), b.scores(d.text()));
    }
    FastText c = FastText.train(train, options(Loss.SOFTMAX).withSeed(8), null, false);
    assertNotEquals(a.scores("球队 股市")[0], c.scores("球队 股市")[0]);
  }

  @ParameterizedTest
  @EnumSource(Loss.class)
  void saveAndLoadGiveIdenticalPredictions(Loss loss) throws IOException {
    FastText m = FastText.train(read("tiny.train.txt"), options(loss).withCharNgrams(1, 2), null, false);
    Path file = tmp.resolve("m.fenlei");
    ModelFile.save(m, file);
    FastText back = (FastText) ModelFile.load(file);
    assertEquals(m.labels(), back.labels());
    for (Document d : read("tiny.test.txt")) {
      assertArrayEquals(m.scores(d.text()), back.scores(d.text()));
    }
  }

  @Test
  void segmentsWithJiebaAndStoresTheSegmenter() throws IOException {
    List<Document> train = new ArrayList<>();
    for (Document d : read("tiny.train.txt")) {
      train.add(new Document(d.id(), d.text().replace(" ", ""), d.labels(), null, d.line()));
    }
    FastText m = FastText.train(train, options(Loss.SOFTMAX), SegmenterConfig.jieba(), false);
    Path file = tmp.resolve("seg.fenlei");
    ModelFile.save(m, file);
    FastText back = (FastText) ModelFile.load(file);
    assertEquals(SegmenterConfig.jieba(), back.segmenterConfig().orElseThrow());
    assertEquals("体育", back.predict("球队在主场赢得冠军", -1, Double.NaN).label());
    assertArrayEquals(m.scores("球队在主场赢得冠军"), back.scores("球队在主场赢得冠军"));
    assertArrayEquals(back.scoresPretokenized("球队 在 主场 赢得 冠军"), back.scores("球队在主场赢得冠军"));
  }

  @Test
  void multiLabelDataTrainsOneVsAllWithThresholds() throws IOException {
    List<Document> train = new ArrayList<>(read("tiny.train.txt"));
    train.add(new Document("both", "球队 股价 上涨", List.of("体育", "财经"), null, 1));
    FastText m = FastText.train(train, options(Loss.OVA), null, false);
    assertTrue(m.multiLabel());
    assertEquals(1, m.minLabels());
    assertEquals(0.5, m.threshold(0));
    List<ScoredLabel> p = m.predict("今天 的 天气", -1, Double.NaN).labels();
    assertFalse(p.isEmpty(), "at least the best label");
  }

  @Test
  void hostileInputNeverBreaksPrediction() throws IOException {
    FastText m = FastText.train(read("tiny.train.txt"), options(Loss.SOFTMAX).withCharNgrams(1, 3), null, false);
    String[] inputs = {"", "   ", "\uD840\uDC00\uD840\uDC01 球队", "ＡＢＣ　球队", "\uD800 lone", "球".repeat(40_000),
        "a b\u0000c\u000Bd\fe\r\n"};
    for (String s : inputs) {
      double[] p = m.scores(s);
      double sum = 0;
      for (double x : p) {
        assertTrue(x >= 0 && x <= 1);
        sum += x;
      }
      assertEquals(1.0, sum, 1e-5);
    }
  }

  @Test
  void predictIsSafeToShareBetweenThreads() throws Exception {
    FastText m = FastText.train(read("tiny.train.txt"), options(Loss.HS), null, false);
    List<Document> test = read("tiny.test.txt");
    List<double[]> expected = test.stream().map(d -> m.scores(d.text())).toList();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int rep = 0; rep < 200; rep++) {
          for (int i = 0; i < test.size(); i++) {
            if (!java.util.Arrays.equals(expected.get(i), m.scores(test.get(i).text()))) {
              errors.add(new AssertionError("different scores on line " + i));
            }
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertTrue(errors.isEmpty(), errors.toString());
  }
}
