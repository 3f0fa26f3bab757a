package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WordVectorsTest {
  @TempDir
  Path tmp;

  static List<List<String>> lines() throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (Document d : FastTextTest.read("tiny.train.txt")) {
      out.add(Tokens.split(d.text()));
    }
    return out;
  }

  static double cosine(float[] a, float[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  @ParameterizedTest
  @EnumSource(WordVectors.Model.class)
  void wordsOfOneTopicEndUpCloser(WordVectors.Model model) throws IOException {
    FastTextOptions o = FastTextOptions.unsupervised().withDim(16).withEpoch(100).withThread(1).withSeed(3)
        .withCharNgrams(0, 0);
    o = new FastTextOptions(o.dim(), o.lr(), o.epoch(), 1, 1000, 1, 0, 0, 0, 5, 5, Loss.NS, 1e-1, 100, 3, 1, null);
    WordVectors v = WordVectors.train(lines(), model, o);
    double same = 0;
    double other = 0;
    String[] sport = {"球队", "比赛", "进球", "冠军", "联赛"};
    String[] money = {"股市", "银行", "利率", "投资", "基金"};
    for (String a : sport) {
      for (String b : sport) {
        same += a.equals(b) ? 0 : cosine(v.vector(a), v.vector(b));
      }
      for (String b : money) {
        other += cosine(v.vector(a), v.vector(b));
      }
    }
    assertTrue(same / 20 > other / 25, model + ": same topic " + same / 20 + ", other " + other / 25);
  }

  @ParameterizedTest
  @EnumSource(WordVectors.Model.class)
  void vecFilesRoundTripAndInitialiseSupervisedTraining(WordVectors.Model model) throws IOException {
    FastTextOptions o = FastTextOptions.unsupervised().withDim(8).withEpoch(5).withThread(1);
    o = new FastTextOptions(8, 0.05, 5, 1, 1000, 1, 0, 2, 3, 5, 5, Loss.NS, 1e-4, 100, 0, 1, null);
    WordVectors v = WordVectors.train(lines(), model, o);
    Path vec = tmp.resolve("w.vec");
    v.writeVec(vec);
    Map<String, float[]> back = VecFile.read(vec, 8);
    assertEquals(v.words(), List.copyOf(back.keySet()));
    float[] x = v.vector("球队");
    float[] y = back.get("球队");
    for (int i = 0; i < 8; i++) {
      assertEquals(x[i], y[i], Math.abs(x[i]) * 1e-4 + 1e-6);
    }
    FastTextOptions sup = FastTextTest.options(Loss.SOFTMAX).withDim(8);
    sup = new FastTextOptions(8, sup.lr(), 1, 1, 0, 1, 0, 0, 0, 5, 5, Loss.SOFTMAX, 1e-4, 100, 0, 1, vec);
    FastText m = FastText.train(FastTextTest.read("tiny.train.txt"), sup, null, false);
    assertTrue(m.words() >= back.size());
  }

  @ParameterizedTest
  @EnumSource(WordVectors.Model.class)
  void singleThreadTrainingIsDeterministic(WordVectors.Model model) throws IOException {
    FastTextOptions o = new FastTextOptions(8, 0.05, 3, 1, 100, 1, 0, 2, 3, 5, 5, Loss.HS, 1e-4, 100, 9, 1, null);
    assertArrayEquals(WordVectors.train(lines(), model, o).vector("球队"),
        WordVectors.train(lines(), model, o).vector("球队"));
  }

  @Test
  void progressIsReportedAndTheVectorsAreThoseOfASilentRun() throws IOException {
    FastTextOptions o = new FastTextOptions(8, 0.05, 3, 1, 100, 1, 0, 2, 3, 5, 5, Loss.HS, 1e-4, 100, 9, 1, null);
    java.util.List<long[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.List<java.util.List<String>> all = lines();
    WordVectors v = WordVectors.train(all::stream, WordVectors.Model.SKIPGRAM, o, (stage, done, total) -> {
      stages.add(stage);
      if (stage.equals("training")) {
        seen.add(new long[] {done, total});
      }
    });
    assertEquals("vocabulary", stages.get(0));
    long[] last = seen.get(seen.size() - 1);
    assertEquals(last[1], last[0], "ends at its total");
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "never goes back");
    }
    // one thread: run on a worker thread for the reports, still deterministic
    assertArrayEquals(WordVectors.train(lines(), WordVectors.Model.SKIPGRAM, o).vector("球队"), v.vector("球队"));
  }
}
