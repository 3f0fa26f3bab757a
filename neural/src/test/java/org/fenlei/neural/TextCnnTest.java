package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.fenlei.core.CalibratedClassifier;
import org.fenlei.core.HeldOutScores;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TextCNN: gradients, learning, determinism, int8 agreement, model files, multi-label data. */
class TextCnnTest {
  private static final String[][] TOPICS = {
      {"股票", "基金", "市场", "投资", "涨幅", "指数", "银行", "利率"},
      {"比赛", "球队", "进球", "冠军", "球员", "教练", "联赛", "赛季"},
      {"电影", "导演", "演员", "票房", "上映", "角色", "剧情", "影片"},
      {"手机", "芯片", "发布", "屏幕", "电池", "系统", "处理器", "厂商"}};
  private static final String[] LABELS = {"finance", "sports", "film", "tech"};
  private static final String[] FILLER = {"今天", "记者", "报道", "表示", "已经", "我们", "一个", "这个", "没有",
      "可以", "他们", "时候", "问题", "进行", "目前", "认为", "成为", "大家", "工作", "情况"};

  @TempDir
  Path tmp;

  /** Pretokenized documents: at least one word of the label's topic, about 30% more, the rest shared filler. */
  static List<Document> topics(int n, long seed) {
    Random r = new Random(seed);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int t = r.nextInt(TOPICS.length);
      StringBuilder sb = new StringBuilder();
      int len = 6 + r.nextInt(14);
      int sure = r.nextInt(len);
      for (int w = 0; w < len; w++) {
        String[] pool = w == sure || r.nextDouble() < 0.3 ? TOPICS[t] : FILLER;
        sb.append(w == 0 ? "" : " ").append(pool[r.nextInt(pool.length)]);
      }
      out.add(new Document("d" + i, sb.toString(), List.of(LABELS[t]), null, i + 1));
    }
    return out;
  }

  /** A small network for small data: batches of 8, so that a few hundred documents give enough steps. */
  static Settings small(String... more) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String p : List.of("pretokenized=true", "dim=16", "maps=8", "epoch=12", "batch=8", "holdout=0",
        "calibration=none")) {
      m.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
    }
    for (String p : more) {
      m.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
    }
    return Settings.of(m);
  }

  static TextCnn train(List<Document> docs, int threads, Settings s) {
    TextClassifier m = ModelKinds.train("textcnn", docs, List.of(), s, new ModelTrainer.Context(false, threads));
    return (TextCnn) m;
  }

  // ---- gradients ----------------------------------------------------------------------------------------------

  /** A network with random weights and one document. */
  private static CnnWeights network(boolean twoChannels, int labels, long seed) {
    CnnWeights w = new CnnWeights(7, 4, twoChannels, new int[] {2, 3}, 3, labels);
    w.initialise(new Random(seed));
    for (int j = 0; j < w.embedding.length; j++) {
      w.embedding[j] *= 0.5f;
    }
    return w;
  }

  private static final int[] DOC = {2, 5, 3, 6, 4};
  private static final int MAXLEN = 6;

  /** The loss of {@link #DOC} with label 1 (softmax) or labels {0, 2} (sigmoids), dropout from a fixed stream. */
  private static double loss(CnnWeights w, boolean multi, float dropout) {
    CnnPass pass = new CnnPass(w, MAXLEN);
    pass.forward(DOC, CnnPass.View.of(w), dropout, new SplittableRandom(42));
    float[] g = new float[w.labels];
    return multi ? CnnLoop.sigmoidLoss(pass.logits, gold(w.labels), null, 1f, g) * w.labels
        : CnnLoop.softmaxLoss(pass.logits, 1, 1f, 1f, g);
  }

  private static boolean[] gold(int labels) {
    boolean[] g = new boolean[labels];
    g[0] = true;
    g[2] = true;
    return g;
  }

  private static CnnGrads analytic(CnnWeights w, boolean multi, float dropout, boolean trainEmbeddings) {
    CnnPass pass = new CnnPass(w, MAXLEN);
    CnnPass.View v = CnnPass.View.of(w);
    pass.forward(DOC, v, dropout, new SplittableRandom(42));
    float[] g = new float[w.labels];
    if (multi) {
      CnnLoop.sigmoidLoss(pass.logits, gold(w.labels), null, 1f, g);
    } else {
      CnnLoop.softmaxLoss(pass.logits, 1, 1f, 1f, g);
    }
    CnnGrads grads = new CnnGrads(w, trainEmbeddings);
    pass.backward(DOC, v, g, grads);
    return grads;
  }

  /** Central differences in every parameter of {@code p} against the analytic gradient {@code a}. */
  private static void check(CnnWeights w, float[] p, float[] a, boolean multi, float dropout, String what) {
    double h = 1e-2;
    int checked = 0;
    for (int j = 0; j < p.length; j++) {
      float keep = p[j];
      p[j] = (float) (keep + h);
      double up = loss(w, multi, dropout);
      p[j] = (float) (keep - h);
      double down = loss(w, multi, dropout);
      p[j] = keep;
      double numeric = (up - down) / (2 * h);
      assertEquals(numeric, a[j], 2e-3 + 2e-2 * Math.abs(numeric), what + "[" + j + "]");
      checked += a[j] != 0 ? 1 : 0;
    }
    assertTrue(checked > 0, what + ": some gradient must be non-zero");
  }

  private static void checkAll(boolean twoChannels, boolean multi, float dropout) {
    CnnWeights w = network(twoChannels, 4, 3);
    CnnGrads g = analytic(w, multi, dropout, true);
    String name = (multi ? "sigmoid" : "softmax") + (twoChannels ? ", two channels" : "") + ", dropout " + dropout;
    check(w, w.dense, g.dense, multi, dropout, name + ": dense");
    check(w, w.denseBias, g.denseBias, multi, dropout, name + ": dense bias");
    for (int i = 0; i < w.widths.length; i++) {
      check(w, w.conv[i], g.conv[i], multi, dropout, name + ": filters of width " + w.widths[i]);
      check(w, w.convBias[i], g.convBias[i], multi, dropout, name + ": filter biases of width " + w.widths[i]);
    }
    check(w, w.embedding, g.embedding, multi, dropout, name + ": embedding");
  }

  @Test
  void gradientsOfEveryLayerMatchFiniteDifferences() {
    checkAll(false, false, 0f);
    checkAll(false, true, 0f);
    checkAll(false, false, 0.5f);
    checkAll(true, false, 0f);
  }

  @Test
  void balancedWeightsScaleTheLossGradients() {
    float[] logits = {0.3f, -1.2f, 2.0f};
    float[] g = new float[3];
    float h = 1e-3f;
    for (int c = 0; c < 3; c++) {
      CnnLoop.softmaxLoss(logits, 2, 2.5f, 1f, g);
      float[] up = logits.clone();
      float[] down = logits.clone();
      up[c] += h;
      down[c] -= h;
      float[] scratch = new float[3];
      double numeric = (CnnLoop.softmaxLoss(up, 2, 2.5f, 1f, scratch) - CnnLoop.softmaxLoss(down, 2, 2.5f, 1f,
          scratch)) / (2 * h);
      assertEquals(numeric, g[c], 1e-2, "weighted softmax, logit " + c);
      float[] pw = {3f, 1f, 0.5f};
      boolean[] gold = {true, false, true};
      CnnLoop.sigmoidLoss(logits, gold, pw, 1f, g);
      numeric = 3 * (CnnLoop.sigmoidLoss(up, gold, pw, 1f, scratch) - CnnLoop.sigmoidLoss(down, gold, pw, 1f,
          scratch)) / (2 * h);
      assertEquals(numeric, g[c], 1e-2, "weighted sigmoid, logit " + c);
    }
  }

  // ---- training -----------------------------------------------------------------------------------------------

  @Test
  void learnsATinyDatasetToFullTrainingAccuracy() {
    List<Document> docs = topics(120, 1);
    TextCnn m = train(docs, 1, small("epoch=30", "dropout=0"));
    for (Document d : docs) {
      assertEquals(d.labels().get(0), m.classify(d.text()), d.text());
    }
  }

  @Test
  void generalisesToUnseenDocuments() {
    TextCnn m = train(topics(400, 2), 2, small());
    assertTrue(accuracy(m, topics(200, 3)) >= 0.95, "accuracy " + accuracy(m, topics(200, 3)));
  }

  @Test
  void aSeedGivesTheSameModelOnOneThreadAndOnTwo() throws IOException {
    List<Document> docs = topics(200, 4);
    assertArrayEquals(bytes(train(docs, 1, small("epoch=3"))), bytes(train(docs, 1, small("epoch=3"))));
    assertArrayEquals(bytes(train(docs, 2, small("epoch=3"))), bytes(train(docs, 2, small("epoch=3"))));
    assertFalse(java.util.Arrays.equals(bytes(train(docs, 1, small("epoch=3"))),
        bytes(train(docs, 1, small("epoch=3", "seed=2")))), "another seed, another model");
  }

  @Test
  void stopsEarlyOnHeldOutDocumentsAndKeepsTheirScoresForCalibration() {
    List<String> events = new ArrayList<>();
    List<Document> docs = topics(300, 5);
    TextClassifier m = new TextCnnTrainer().train(docs, List.of(), Settings.parse(List.of("pretokenized=true",
        "dim=16", "maps=8", "epoch=40", "batch=8", "patience=2", "holdout=0.4")).validate("textcnn",
        new TextCnnTrainer().settings()),
        new ModelTrainer.Context(false, 1, (stage, done, total) -> events.add(stage)));
    long epochs = events.stream().filter(e -> e.startsWith("epoch")).count();
    assertTrue(epochs < 40, "early stopping: " + events);
    assertTrue(events.stream().anyMatch(e -> e.contains("held-out accuracy")), events.toString());
    HeldOutScores held = m.capability(HeldOutScores.class).orElseThrow();
    assertEquals(120, held.heldOutDocuments().size());
    assertEquals(120, held.heldOutScores().length);
    List<String> stages = new ArrayList<>();
    TextClassifier calibrated = ModelKinds.train("textcnn", docs, List.of(), Settings.parse(List.of(
        "pretokenized=true", "dim=16", "maps=8", "epoch=5", "holdout=0.4")), new ModelTrainer.Context(false, 1,
        (stage, done, total) -> stages.add(stage)));
    assertTrue(calibrated instanceof CalibratedClassifier, calibrated.getClass().getName());
    assertTrue(stages.contains("calibration"), stages.toString());
    assertTrue(stages.stream().noneMatch(st -> st.startsWith("calibration fold")),
        "calibrated on the kept documents, not on folds trained again: " + stages);
  }

  @Test
  void multiLabelDataWithUnlabelledDocuments() {
    List<Document> docs = new ArrayList<>();
    for (Document d : topics(300, 6)) {
      boolean tech = d.labels().get(0).equals("tech");
      boolean film = d.labels().get(0).equals("film");
      List<String> labels = tech ? List.of("tech") : film ? List.of("film", "tech") : List.of();
      docs.add(new Document(d.id(), d.text(), labels, null, d.line()));
    }
    List<String> events = new ArrayList<>();
    TextCnn m = (TextCnn) ModelKinds.train("textcnn", docs, List.of(), small("epoch=40", "patience=3", "holdout=0.2"),
        new ModelTrainer.Context(false, 2, (st, d, t) -> events.add(st)));
    assertTrue(m.multiLabel(), events.toString());
    assertEquals(0, m.minLabels(), "no label is an answer the data taught");
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    List<Document> test = topics(100, 7);
    for (Document d : test) {
      String l = d.labels().get(0);
      List<String> expected = l.equals("tech") ? List.of("tech") : l.equals("film") ? List.of("film", "tech")
          : List.of();
      List<String> got = m.predict(d.text()).labels().stream().map(org.fenlei.core.ScoredLabel::label).toList();
      boolean ok = new java.util.HashSet<>(got).equals(new java.util.HashSet<>(expected));
      right += ok ? 1 : 0;
      if (!ok && wrong.length() < 400) {
        wrong.append(d.text()).append(" -> ").append(got).append("; ");
      }
    }
    assertTrue(right >= 90, right + " of 100 label sets right: " + wrong + events + java.util.Arrays.toString(
        new double[] {m.threshold(0), m.threshold(1)}));
  }

  // ---- int8 -----------------------------------------------------------------------------------------------------

  @Test
  void int8ModelsAgreeWithTheFloatModelAndAreSmaller() {
    List<Document> train = topics(400, 8);
    List<Document> test = topics(300, 9);
    TextCnn f = train(train, 2, small("dim=64", "maps=32"));
    for (String method : new String[] {"ptq", "qat"}) {
      for (String dense : new String[] {"int8", "float"}) {
        Settings s = Settings.parse(List.of("method=" + method, "dense=" + dense)).validate("q",
            f.quantizeSettings());
        TextCnn q = (TextCnn) f.quantize(s, train, 2);
        assertTrue(q.quantized());
        int same = 0;
        for (Document d : test) {
          same += f.classify(d.text()).equals(q.classify(d.text())) ? 1 : 0;
        }
        assertTrue(same >= 0.99 * test.size(), method + "/" + dense + ": " + same + " of " + test.size());
        assertTrue(f.parameterBytes() >= 3.5 * q.parameterBytes() || dense.equals("float"),
            f.parameterBytes() + " vs " + q.parameterBytes());
      }
    }
    assertThrows(IllegalStateException.class, () -> ((TextCnn) f.quantize(Settings.empty().validate("q",
        f.quantizeSettings()), train, 1)).quantize(Settings.empty(), train, 1));
    assertThrows(SettingsException.class, () -> f.quantize(Settings.empty().validate("q", f.quantizeSettings()),
        List.of(), 1), "calibration needs documents");
  }

  @Test
  void quantizationAwareTrainingFromAnEpochGivesTheInt8Range() {
    List<Document> train = topics(400, 10);
    TextCnn f = train(train, 1, small("qat-from=8"));
    assertNotNull(f.qatRange, "the range QAT learnt is part of the float model");
    TextCnn q = (TextCnn) f.quantize(Settings.empty().validate("q", f.quantizeSettings()), List.of(), 1);
    assertEquals(f.qatRange, q.int8.pooled);
    assertTrue(accuracy(q, topics(200, 11)) >= 0.95);
  }

  // ---- files ----------------------------------------------------------------------------------------------------

  @Test
  void savedAndLoadedModelsPredictIdentically() throws IOException {
    List<Document> train = topics(300, 12);
    TextCnn f = train(train, 2, small("embedding=rand"));
    TextCnn q = (TextCnn) f.quantize(Settings.empty().validate("q", f.quantizeSettings()), train, 2);
    for (TextCnn m : new TextCnn[] {f, q}) {
      Path file = tmp.resolve(m.quantized() ? "q.fenlei" : "f.fenlei");
      ModelFile.save(m, file);
      TextClassifier back = ModelFile.load(file);
      assertEquals(TextCnn.class, back.getClass());
      for (Document d : topics(50, 13)) {
        assertArrayEquals(m.scores(d.text()), back.scores(d.text()), 0.0, d.text());
      }
      assertArrayEquals(bytes(m), bytes((TextCnn) back), "a second save writes the same bytes");
    }
    assertTrue(Files.size(tmp.resolve("f.fenlei")) > 3.5 * Files.size(tmp.resolve("q.fenlei")) * 0.8);
  }

  @Test
  void damagedPayloadsAreRefusedWithAReason() throws IOException {
    byte[] b = bytes(train(topics(100, 14), 1, small("epoch=1")));
    IOException e = assertThrows(IOException.class, () -> TextCnnFormat.read(new DataInputStream(
        new ByteArrayInputStream(b, 0, b.length / 2))));
    assertNotNull(e);
    byte[] versioned = b.clone();
    versioned[3] = 9;
    IOException v = assertThrows(IOException.class, () -> TextCnnFormat.read(new DataInputStream(
        new ByteArrayInputStream(versioned))));
    assertTrue(v.getMessage().contains("version 9"), v.getMessage());
  }

  @Test
  void wordVectorsInitialiseTheEmbeddingsAndStaticKeepsThem() throws IOException {
    Path vec = tmp.resolve("v.vec");
    Files.writeString(vec, "2 3\n股票 0.5 -0.25 1\n比赛 -1 0.125 0.75\n");
    List<Document> docs = topics(200, 15);
    TextCnn s = train(docs, 1, small("vectors=" + vec, "embedding=static", "dim=3", "epoch=2"));
    assertEquals(3, s.shape.dim());
    int id = s.input.id("股票");
    assertArrayEquals(new float[] {0.5f, -0.25f, 1f}, java.util.Arrays.copyOfRange(s.weights.embedding, 3 * id,
        3 * id + 3));
    TextCnn two = train(docs, 1, Settings.parse(List.of("pretokenized=true", "maps=8", "epoch=2", "holdout=0",
        "calibration=none", "vectors=" + vec, "embedding=multichannel")));
    assertEquals(6, two.shape.channels(), "dim follows the vectors; two channels");
    assertThrows(SettingsException.class, () -> train(docs, 1, small("embedding=static")));
    assertThrows(SettingsException.class, () -> train(docs, 1, small("vectors=" + vec, "dim=16")));
    assertThrows(SettingsException.class, () -> train(docs, 1, small("widths=3,9")));
  }

  @Test
  void characterInputAndDataChosenLength() {
    List<Document> docs = new ArrayList<>();
    for (Document d : topics(300, 16)) {
      docs.add(new Document(d.id(), d.text().replace(" ", ""), d.labels(), null, d.line()));
    }
    TextCnn m = train(docs, 2, small("input=char"));
    int[] lengths = docs.stream().mapToInt(d -> d.text().length()).sorted().toArray();
    assertEquals(lengths[(int) Math.ceil(0.95 * lengths.length) - 1], m.maxLength());
    assertTrue(accuracy(m, topics(100, 17)) >= 0.9);
    assertEquals("char", m.settings().get("input"));
  }

  private static double accuracy(TextCnn m, List<Document> docs) {
    int right = 0;
    for (Document d : docs) {
      right += m.classify(d.text()).equals(d.labels().get(0)) ? 1 : 0;
    }
    return (double) right / docs.size();
  }

  private static byte[] bytes(TextCnn m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(new DataOutputStream(out));
    return out.toByteArray();
  }
}
