package org.fenlei.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.fenlei.core.LabelSets;
import org.fenlei.core.Parallel;
import org.fenlei.core.Progress;
import org.fenlei.core.ThresholdTuning;
import org.fenlei.corpora.Document;
import org.fenlei.segment.SegmenterConfig;

/**
 * Trains a {@link TextCnn}: tokens, vocabulary and length from the training documents (without those kept aside),
 * initial weights (random, or word vectors for the rows they cover), then {@link CnnLoop}; for multi-label data the
 * per-label thresholds are tuned on the held-out documents' scores.
 */
final class TextCnnTraining {
  /** Fewer training documents than this are not split for a held-out part. */
  static final int MIN_SPLIT = 50;
  /** Labels with fewer held-out positives keep the global threshold. */
  static final int MIN_SUPPORT = 5;

  private TextCnnTraining() {}

  static TextCnn train(List<Document> train, List<Document> dev, TextCnnOptions o, SegmenterConfig seg,
      boolean forceMultiLabel, Progress progress) {
    boolean multi = LabelSets.multiLabel(train, forceMultiLabel);
    LabelSets.check(train, multi, "training");
    List<String> labels = labelsOf(train);
    if (labels.size() < (multi ? 1 : 2)) {
      throw new IllegalArgumentException("TextCNN needs at least " + (multi ? "one label" : "two labels")
          + " in the training documents: " + labels);
    }
    CnnInput tokenizer = CnnInput.tokenizer(o.chars(), o.chars() ? null : seg);
    List<Document> fit = train;
    List<Document> held = dev;
    boolean keptAside = false;
    if (dev.isEmpty() && o.holdout() > 0 && train.size() >= MIN_SPLIT) {
      int[] order = CnnLoop.permutation(train.size(), new SplittableRandom(o.seed()));
      int n = (int) Math.round(train.size() * o.holdout());
      held = new ArrayList<>(n);
      fit = new ArrayList<>(train.size() - n);
      boolean[] out = new boolean[train.size()];
      for (int i = 0; i < n; i++) {
        out[order[i]] = true;
      }
      for (int i = 0; i < train.size(); i++) {
        (out[i] ? held : fit).add(train.get(i));
      }
      keptAside = true;
    }
    progress.update("tokens", 0, fit.size() + held.size());
    List<List<String>> fitTokens = Parallel.map(fit, d -> tokenizer.tokens(d.text(), false), o.threads());
    List<List<String>> heldTokens = Parallel.map(held, d -> tokenizer.tokens(d.text(), false), o.threads());
    CnnShape shape = new CnnShape(o.dim(), o.variant().equals("multichannel"), o.widths(), o.maps());
    int maxlen = o.maxlen() > 0 ? o.maxlen() : chooseLength(fitTokens, maxWidth(o.widths()));
    if (maxlen < maxWidth(o.widths())) {
      throw new IllegalArgumentException("maxlen " + maxlen + " is shorter than the widest filter "
          + maxWidth(o.widths()));
    }
    Map<String, float[]> vectors = o.vectors() == null ? Map.of() : VecFile.read(o.vectors(), o.dim());
    CnnInput input = tokenizer.withVocabulary(fitTokens, o.minCount(), maxlen, o.vectorWords() ? vectors.keySet()
        : List.of());
    CnnLoop.Data fitData = encode(input, fitTokens, fit, labels, multi);
    CnnLoop.Data heldData = held.isEmpty() ? null : encode(input, heldTokens, held, labels, multi);
    CnnWeights w = new CnnWeights(input.size(), o.dim(), shape.twoChannels(), o.widths(), o.maps(), labels.size());
    Random random = new Random(o.seed());
    w.initialise(random);
    if (o.vectors() != null) {
      loadVectors(w, input, vectors, random);
    }
    CnnLoop.Result r;
    try (CnnLoop loop = new CnnLoop(w, o, multi, maxlen, o.balanced() && !multi ? classWeights(fitData, labels.size())
        : null, o.balanced() && multi ? positiveWeights(fitData, labels.size()) : null, progress)) {
      r = loop.run(fitData, heldData);
    }
    double[] thresholds = new double[labels.size()];
    Arrays.fill(thresholds, 0.5);
    if (multi && r.heldScores() != null) {
      thresholds = tuneThresholds(r.heldScores(), heldData.gold(), thresholds);
    }
    int minLabels = multi && !LabelSets.anyUnlabelled(train) ? 1 : 0;
    Map<String, String> settings = record(o, input, r);
    TextCnn.HeldOut kept = keptAside && r.heldScores() != null ? new TextCnn.HeldOut(held, r.heldScores()) : null;
    return new TextCnn(input, shape, r.weights(), null, labels, multi, minLabels, thresholds, settings, r.pooled(),
        kept);
  }

  /** The 95th percentile of the documents' token counts, at least {@code minimum}, at most the automatic cap. */
  static int chooseLength(List<List<String>> docs, int minimum) {
    if (docs.isEmpty()) {
      return minimum;
    }
    int[] lengths = new int[docs.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = docs.get(i).size();
    }
    Arrays.sort(lengths);
    int p95 = lengths[(int) Math.min(lengths.length - 1, Math.ceil(0.95 * lengths.length) - 1)];
    return Math.max(minimum, Math.min(TextCnnOptions.AUTO_MAXLEN_CAP, p95));
  }

  static int maxWidth(int[] widths) {
    return Arrays.stream(widths).max().orElse(1);
  }

  static List<String> labelsOf(List<Document> docs) {
    TreeSet<String> set = new TreeSet<>();
    for (Document d : docs) {
      set.addAll(d.labels());
    }
    return List.copyOf(set);
  }

  /** Ids and gold labels; a label the model does not have counts as none (multi-label) or as wrong (-1). */
  static CnnLoop.Data encode(CnnInput input, List<List<String>> tokens, List<Document> docs, List<String> labels,
      boolean multi) {
    Map<String, Integer> index = new HashMap<>();
    for (String l : labels) {
      index.put(l, index.size());
    }
    int[][] ids = new int[docs.size()][];
    int[] label = multi ? null : new int[docs.size()];
    boolean[][] gold = multi ? new boolean[docs.size()][labels.size()] : null;
    for (int d = 0; d < ids.length; d++) {
      ids[d] = input.encode(tokens.get(d));
      List<String> ls = docs.get(d).labels();
      if (multi) {
        for (String l : ls) {
          Integer c = index.get(l);
          if (c != null) {
            gold[d][c] = true;
          }
        }
      } else {
        label[d] = ls.isEmpty() ? -1 : index.getOrDefault(ls.get(0), -1);
      }
    }
    return new CnnLoop.Data(ids, label, gold);
  }

  /**
   * Rows of words the vectors cover take their vector; the others are drawn from a normal distribution with the
   * vectors' own standard deviation (Kim 2014 initialises unknown words to the variance of the pretrained ones),
   * so that random and pretrained rows have the same scale.
   */
  static void loadVectors(CnnWeights w, CnnInput input, Map<String, float[]> vectors, Random random) {
    double sum = 0;
    double sq = 0;
    long n = 0;
    for (float[] v : vectors.values()) {
      for (float x : v) {
        sum += x;
        sq += (double) x * x;
        n++;
      }
    }
    double mean = n == 0 ? 0 : sum / n;
    float std = (float) (n == 0 ? 1 : Math.sqrt(Math.max(1e-12, sq / n - mean * mean)));
    for (int r = 0; r < w.vocab; r++) {
      float[] v = r >= 2 ? vectors.get(input.words[r]) : null;
      for (int j = 0; j < w.dim; j++) {
        w.embedding[r * w.dim + j] = v != null ? v[j] : (float) random.nextGaussian() * std;
      }
    }
    if (w.fixed != null) {
      System.arraycopy(w.embedding, 0, w.fixed, 0, w.embedding.length);
    }
  }

  /** {@code n / (labels * count_c)}: scikit-learn's {@code class_weight='balanced'}. */
  static float[] classWeights(CnnLoop.Data d, int labels) {
    int[] count = new int[labels];
    for (int l : d.label()) {
      if (l >= 0) {
        count[l]++;
      }
    }
    float[] w = new float[labels];
    for (int c = 0; c < labels; c++) {
      w[c] = count[c] == 0 ? 1f : (float) d.size() / ((float) labels * count[c]);
    }
    return w;
  }

  /** Per label, negatives over positives (at most 100): PyTorch's {@code pos_weight} for balanced sigmoids. */
  static float[] positiveWeights(CnnLoop.Data d, int labels) {
    int[] pos = new int[labels];
    for (boolean[] g : d.gold()) {
      for (int c = 0; c < labels; c++) {
        pos[c] += g[c] ? 1 : 0;
      }
    }
    float[] w = new float[labels];
    for (int c = 0; c < labels; c++) {
      w[c] = pos[c] == 0 ? 1f : Math.min(100f, (float) (d.size() - pos[c]) / pos[c]);
    }
    return w;
  }

  static double[] tuneThresholds(double[][] scores, boolean[][] gold, double[] fallback) {
    int[][] ids = new int[gold.length][];
    for (int d = 0; d < gold.length; d++) {
      boolean[] g = gold[d];
      ids[d] = IntStream.range(0, g.length).filter(c -> g[c]).toArray();
    }
    return ThresholdTuning.perLabelOr(scores, ids, new ThresholdTuning.Options(MIN_SUPPORT), fallback);
  }

  private static Map<String, String> record(TextCnnOptions o, CnnInput input, CnnLoop.Result r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("input", o.chars() ? "char" : "word");
    m.put("dim", Integer.toString(o.dim()));
    m.put("widths", String.join(",", Arrays.stream(o.widths()).mapToObj(Integer::toString).toList()));
    m.put("maps", Integer.toString(o.maps()));
    m.put("dropout", Double.toString(o.dropout()));
    m.put("maxlen", Integer.toString(input.maxlen));
    m.put("embedding", o.variant());
    m.put("optimizer", o.adam() ? "adam" : "sgd");
    m.put("lr", Float.toString(o.learningRate()));
    m.put("batch", Integer.toString(o.batch()));
    m.put("epochs", r.epochsRun() + (r.bestEpoch() != r.epochsRun() ? ", best " + r.bestEpoch() : ""));
    m.put("seed", Long.toString(o.seed()));
    if (o.qatFrom() > 0) {
      m.put("qat-from", Integer.toString(o.qatFrom()));
    }
    m.put("vocabulary", String.format(Locale.ROOT, "%d", input.size()));
    return m;
  }
}
