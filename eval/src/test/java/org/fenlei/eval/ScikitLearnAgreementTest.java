package org.fenlei.eval;

import org.fenlei.core.JsonText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fenlei.core.ScoredLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric fenlei shares with scikit-learn agrees with it to 1e-9 on the same predictions: the predictions
 * and scores are written out, scikit-learn computes its metrics in a Python process, both are compared. Skipped
 * where {@code /usr/bin/python3} with scikit-learn (Debian: python3-sklearn) is absent.
 */
class ScikitLearnAgreementTest {
  static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir
  static Path dir;

  @BeforeAll
  static void needScikitLearn() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import sklearn, scipy").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "scikit-learn is not installed for " + PYTHON);
  }

  /** Random multi-class predictions: {@code none} of the documents get no label (their best score is low). */
  static Evaluation multiClass(List<String> labels, int n, long seed, double noneBelow, int rounding) {
    SplittableRandom r = new SplittableRandom(seed);
    Evaluation e = Evaluation.withScores(labels, List.of(), false);
    for (int d = 0; d < n; d++) {
      String gold = labels.get(r.nextInt(labels.size()));
      double[] s = new double[labels.size()];
      double sum = 0;
      for (int i = 0; i < s.length; i++) {
        s[i] = Math.exp(r.nextGaussian() * 1.5 + (labels.get(i).equals(gold) ? 1.2 : 0));
        sum += s[i];
      }
      int best = 0;
      for (int i = 0; i < s.length; i++) {
        s[i] /= sum;
        if (rounding > 0) {
          s[i] = Math.round(s[i] * rounding) / (double) rounding; // ties, to check how they are treated
        }
        best = s[i] > s[best] ? i : best;
      }
      List<ScoredLabel> decided = s[best] < noneBelow ? List.of() : List.of(new ScoredLabel(labels.get(best), s[best]));
      e.add("d" + d, "text " + d, List.of(gold), decided, s);
    }
    return e;
  }

  static Evaluation multiLabel(List<String> labels, int n, long seed) {
    return multiLabel(labels, n, seed, 0);
  }

  /** Random multi-label predictions; a share {@code unlabelled} of the documents has no gold label. */
  static Evaluation multiLabel(List<String> labels, int n, long seed, double unlabelled) {
    SplittableRandom r = new SplittableRandom(seed);
    Evaluation e = Evaluation.withScores(labels, List.of(), true);
    for (int d = 0; d < n; d++) {
      List<String> gold = new ArrayList<>();
      int k = unlabelled > 0 && r.nextDouble() < unlabelled ? 0 : 1 + r.nextInt(3);
      while (gold.size() < k) {
        String l = labels.get(r.nextInt(labels.size() - 1)); // the last label never occurs in the gold data
        if (!gold.contains(l)) {
          gold.add(l);
        }
      }
      double[] s = new double[labels.size()];
      List<ScoredLabel> decided = new ArrayList<>();
      for (int i = 0; i < s.length; i++) {
        s[i] = 1 / (1 + Math.exp(-(r.nextGaussian() * 1.3 + (gold.contains(labels.get(i)) ? 0.8 : -1.5))));
        if (s[i] >= 0.5) {
          decided.add(new ScoredLabel(labels.get(i), s[i]));
        }
      }
      decided.sort((a, b) -> Double.compare(b.score(), a.score()));
      e.add("d" + d, "text " + d, gold, decided, s);
    }
    return e;
  }

  /** The rows as JSON for the Python side: gold ids, predicted ids, full score vectors rebuilt from the digest. */
  static String json(Evaluation e, List<double[]> scores) {
    StringBuilder sb = new StringBuilder("{\"labels\": [");
    for (int i = 0; i < e.labels().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(JsonText.quote(e.labels().get(i)));
    }
    sb.append("], \"gold\": [");
    List<Row> rows = e.rows();
    for (int d = 0; d < rows.size(); d++) {
      sb.append(d == 0 ? "" : ", ").append(ints(rows.get(d).gold()));
    }
    sb.append("], \"predicted\": [");
    for (int d = 0; d < rows.size(); d++) {
      sb.append(d == 0 ? "" : ", ").append(ints(rows.get(d).predicted()));
    }
    sb.append("], \"scores\": [");
    for (int d = 0; d < scores.size(); d++) {
      sb.append(d == 0 ? "[" : ", [");
      for (int i = 0; i < scores.get(d).length; i++) {
        sb.append(i == 0 ? "" : ", ").append(Double.toString(scores.get(d)[i]));
      }
      sb.append(']');
    }
    return sb.append("]}").toString();
  }

  private static String ints(int[] a) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < a.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(a[i]);
    }
    return sb.append(']').toString();
  }

  static Map<String, Double> sklearn(String task, String data) throws IOException, InterruptedException {
    Path in = Files.writeString(dir.resolve(task + ".json"), data, StandardCharsets.UTF_8);
    Path script = dir.resolve("metrics.py");
    try (var s = ScikitLearnAgreementTest.class.getResourceAsStream("sklearn_metrics.py")) {
      Files.write(script, s.readAllBytes());
    }
    Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), task, in.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python timed out");
    assertEquals(0, p.exitValue(), err);
    Map<String, Double> m = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.trim().split(" ");
        m.put(f[0], Double.parseDouble(f[1]));
      }
    }
    return m;
  }

  /** Rebuilds each document's full score vector: the tests' generators are replayed with the same seeds. */
  static List<double[]> scores(Evaluation e) {
    List<double[]> out = new ArrayList<>();
    for (Row r : e.rows()) {
      double[] s = new double[e.scoredLabels()];
      java.util.Arrays.fill(s, Double.NaN);
      for (int i = 0; i < r.top().length; i++) {
        s[r.top()[i]] = r.topScores()[i];
      }
      out.add(s);
    }
    return out;
  }

  /** Every value both computed agrees to 1e-9, and at least the {@code required} ones were compared. */
  static void agree(Map<String, Double> expected, Map<String, Double> ours, String... required) {
    assertFalse(expected.isEmpty());
    List<String> compared = new ArrayList<>();
    for (Map.Entry<String, Double> x : expected.entrySet()) {
      Double mine = ours.get(x.getKey());
      if (mine == null) {
        continue;
      }
      assertEquals(x.getValue(), mine, 1e-9, x.getKey());
      compared.add(x.getKey());
    }
    assertTrue(compared.size() * 2 >= expected.size(), "compared only " + compared);
    assertTrue(compared.containsAll(List.of(required)), "compared only " + compared);
  }

  /** Our values under the names the Python script prints. */
  static Map<String, Double> ours(Evaluation e) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("accuracy", e.accuracy());
    m.put("macro_precision", e.macroPrecision());
    m.put("macro_recall", e.macroRecall());
    m.put("macro_f1", e.macroF1());
    m.put("micro_f1", e.microF1());
    m.put("micro_precision", e.microPrecision());
    m.put("micro_recall", e.microRecall());
    m.put("weighted_f1", e.weightedF1());
    if (e.multiLabel()) {
      m.put("hamming_loss", e.hammingLoss()); // scikit-learn's multi-class Hamming loss is 1 - accuracy instead
    }
    List<LabelStats> stats = e.perLabel();
    for (int i = 0; i < stats.size(); i++) {
      LabelStats s = stats.get(i);
      // undefined per-label values are NaN here and 0 in scikit-learn (zero_division=0): compare the defined ones
      if (!Double.isNaN(s.precision())) {
        m.put("precision_" + i, s.precision());
      } else {
        assertEquals(0, s.predicted(), s.label());
      }
      if (!Double.isNaN(s.recall())) {
        m.put("recall_" + i, s.recall());
      }
      if (!Double.isNaN(s.f1())) {
        m.put("f1_" + i, s.f1());
      }
      m.put("support_" + i, (double) s.support());
    }
    if (e.multiLabel()) {
      m.put("samples_precision", e.samplePrecision());
      m.put("samples_recall", e.sampleRecall());
      m.put("samples_f1", e.sampleF1());
      m.put("gold_cardinality", e.goldCardinality());
      m.put("predicted_cardinality", e.predictedCardinality());
    } else {
      m.put("cohen_kappa", e.cohenKappa());
      m.put("top_2_accuracy", e.topKAccuracy(2));
      m.put("top_3_accuracy", e.topKAccuracy(3));
      long[][] c = e.confusion();
      for (int g = 0; g < c.length; g++) {
        for (int p = 0; p <= c.length; p++) {
          m.put("confusion_" + g + "_" + p, (double) c[g][p]);
        }
      }
    }
    return m;
  }

  @Test
  void multiClassMetrics() throws Exception {
    Evaluation e = multiClass(List.of("c", "a", "e", "b", "d"), 600, 7, 0.3, 0);
    assertTrue(e.documentsWithoutPrediction() > 0, "some documents get no label");
    agree(sklearn("multiclass", json(e, scores(e))), ours(e), "accuracy", "macro_precision", "macro_recall",
        "macro_f1", "micro_f1", "weighted_f1", "cohen_kappa", "top_2_accuracy", "top_3_accuracy", "precision_0",
        "recall_4", "f1_2", "support_3", "confusion_1_5");
  }

  @Test
  void binaryRankingWithAndWithoutTies() throws Exception {
    for (int rounding : new int[] {0, 20}) {
      Evaluation e = multiClass(List.of("negative", "positive"), 700, 11 + rounding, 0, rounding);
      Map<String, Double> m = ours(e);
      BinaryMetrics b = e.binary("positive");
      m.put("roc_auc", b.rocAuc());
      m.put("average_precision", b.averagePrecision());
      agree(sklearn("binary", json(e, scores(e))), m, "roc_auc", "average_precision", "accuracy", "macro_f1",
          "cohen_kappa");
    }
  }

  @Test
  void multiLabelMetrics() throws Exception {
    List<String> labels = List.of("交通", "体育", "财经", "教育", "科技", "娱乐", "军事", "从未");
    Evaluation e = multiLabel(labels, 500, 5);
    assertTrue(e.documentsWithoutPrediction() > 0, "some documents get no label");
    agree(sklearn("multilabel", json(e, List.of())), ours(e), "accuracy", "hamming_loss", "micro_precision",
        "micro_recall", "micro_f1", "samples_precision", "samples_recall", "samples_f1", "macro_precision",
        "macro_recall", "macro_f1", "weighted_f1", "gold_cardinality", "predicted_cardinality", "f1_3",
        "support_7");
  }

  /**
   * Documents without gold labels (rows of zeros in scikit-learn's label matrix), most of them rightly given none:
   * subset accuracy counts those as hits, Hamming loss and micro precision count every label given to the others.
   */
  @Test
  void multiLabelMetricsWithUnlabelledDocuments() throws Exception {
    List<String> labels = List.of("交通", "体育", "财经", "教育", "科技", "娱乐", "军事", "从未");
    Evaluation e = multiLabel(labels, 600, 9, 0.6);
    long unlabelled = e.rows().stream().filter(r -> r.gold().length == 0).count();
    long rightlyNone = e.rows().stream().filter(r -> r.gold().length == 0 && r.predicted().length == 0).count();
    assertEquals(unlabelled, e.documentsWithoutGold());
    assertTrue(unlabelled > 300 && rightlyNone > 0 && rightlyNone < unlabelled, unlabelled + " / " + rightlyNone);
    agree(sklearn("multilabel", json(e, List.of())), ours(e), "accuracy", "hamming_loss", "micro_precision",
        "micro_recall", "micro_f1", "samples_precision", "samples_recall", "samples_f1", "macro_precision",
        "macro_recall", "macro_f1", "weighted_f1", "gold_cardinality", "predicted_cardinality", "f1_3",
        "support_7");
  }

  @Test
  void mcNemarAgreesWithScipyBinomialTest() throws Exception {
    long[][] cases = {{0, 0}, {0, 5}, {3, 9}, {10, 10}, {21, 60}, {100, 130}, {999, 1100}};
    StringBuilder sb = new StringBuilder("{\"pairs\": [");
    Map<String, Double> ours = new LinkedHashMap<>();
    for (int i = 0; i < cases.length; i++) {
      sb.append(i == 0 ? "[" : ", [").append(cases[i][0]).append(", ").append(cases[i][1]).append(']');
      long b = cases[i][0];
      long c = cases[i][1];
      ours.put(String.format(Locale.ROOT, "mcnemar_%d_%d", b, c),
          Significance.binomialTwoSided(Math.min(b, c), b + c));
    }
    agree(sklearn("mcnemar", sb.append("]}").toString()), ours, ours.keySet().toArray(new String[0]));
  }
}
