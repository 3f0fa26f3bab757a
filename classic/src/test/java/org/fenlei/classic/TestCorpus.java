package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;

/** A synthetic three-topic corpus and model checks, shared with other modules' tests through the test jar. */
public final class TestCorpus {
  private TestCorpus() {}

  static final String[][] TOPICS = {
      {"球队", "比赛", "进球", "教练", "联赛", "冠军", "球员", "主场"},
      {"股票", "银行", "利率", "市场", "投资", "基金", "债券", "通胀"},
      {"手机", "芯片", "软件", "算法", "网络", "数据", "电脑", "系统"}};
  static final String[] LABELS = {"体育", "财经", "科技"};
  static final String[] FILLER = {"今天", "记者", "报道", "表示", "已经", "我们", "一个", "消息"};

  /**
   * Documents of 6-10 words, 60% from their topic; with {@code multi}, every 4th has a second topic too.
   *
   * @param n how many
   * @param seed the random seed
   * @param multi whether some documents have two labels
   * @return the documents
   */
  public static List<Document> topics(int n, long seed, boolean multi) {
    Random r = new Random(seed);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int t = i % 3;
      int t2 = multi && i % 4 == 0 ? (t + 1) % 3 : -1;
      StringBuilder sb = new StringBuilder();
      int len = 6 + r.nextInt(5);
      for (int w = 0; w < len; w++) {
        int topic = t2 >= 0 && w % 2 == 1 ? t2 : t;
        String[] pool = r.nextDouble() < 0.6 ? TOPICS[topic] : FILLER;
        sb.append(pool[r.nextInt(pool.length)]).append('，');
      }
      List<String> labels = t2 >= 0 ? List.of(LABELS[t], LABELS[t2]) : List.of(LABELS[t]);
      docs.add(new Document("d" + i, sb.toString(), labels, null, i + 1));
    }
    return docs;
  }

  /** A fourth topic, which no label names: its documents are the unlabelled ones of {@link #withUnlabelled}. */
  static final String[] WEATHER = {"天气", "下雨", "气温", "晴天", "台风", "降温", "湿度", "风力"};

  /**
   * Multi-label {@link #topics} documents mixed with as many unlabelled ones about the weather, which no label
   * names (every second document, ids {@code u0, u1, ...}): one-vs-rest models must learn to give them nothing.
   *
   * @param n how many labelled documents, and how many unlabelled ones
   * @param seed the random seed
   * @return the documents, labelled and unlabelled alternating
   */
  public static List<Document> withUnlabelled(int n, long seed) {
    Random r = new Random(seed * 31 + 7);
    List<Document> labelled = topics(n, seed, true);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(labelled.get(i));
      StringBuilder sb = new StringBuilder();
      int len = 6 + r.nextInt(5);
      for (int w = 0; w < len; w++) {
        String[] pool = r.nextDouble() < 0.6 ? WEATHER : FILLER;
        sb.append(pool[r.nextInt(pool.length)]).append('，');
      }
      docs.add(new Document("u" + i, sb.toString(), List.of(), null, n + i + 1));
    }
    return docs;
  }

  /** @param m a model @param test documents @return exact-match accuracy of the model's own decisions */
  public static double accuracy(TextClassifier m, List<Document> test) {
    int ok = 0;
    for (Document d : test) {
      List<String> predicted = m.predict(d.text(), -1, Double.NaN).labels().stream().map(ScoredLabel::label).toList();
      ok += new java.util.HashSet<>(predicted).equals(new java.util.HashSet<>(d.labels())) ? 1 : 0;
    }
    return (double) ok / test.size();
  }

  /** Saves, loads, and checks identical scores and predictions. @param m a model @param test documents @param file where to save @throws IOException on failure */
  public static void assertRoundTrip(TextClassifier m, List<Document> test, Path file) throws IOException {
    ModelFile.save(m, file);
    TextClassifier r = ModelFile.load(file);
    assertEquals(m.kind(), r.kind());
    assertEquals(m.labels(), r.labels());
    assertEquals(m.multiLabel(), r.multiLabel());
    for (Document d : test) {
      assertArrayEquals(m.scores(d.text()), r.scores(d.text()), d.text());
      assertEquals(m.predict(d.text(), -1, Double.NaN), r.predict(d.text(), -1, Double.NaN));
    }
  }
}
