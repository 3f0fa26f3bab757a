package org.fenlei.bench.neural;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ScoredLabel;
import org.fenlei.neural.FastText;
import org.fenlei.neural.FastTextBinReader;
import org.fenlei.neural.FastTextOptions;
import org.fenlei.neural.TrainingStats;

/**
 * fenlei's side of the side-by-side runs of {@code bench/scripts/neural/side_by_side.sh}: trains on a segmented
 * {@code train.txt} (pretokenized, the C++ tool's options by name), scores {@code test.txt}, times prediction on
 * {@code predict.tok} (model loaded) on 1 and 2 threads, times saving and loading; with {@code bin=} and
 * {@code binPred=} also loads the tool's model and compares its top-1 predictions with the tool's own. Prints one
 * JSON line. Usage: {@code FastTextRun DIR key=value...}
 */
public final class FastTextRun {
  private FastTextRun() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<String> pairs = new ArrayList<>(List.of(args).subList(1, args.length));
    String bin = take(pairs, "bin");
    String binPred = take(pairs, "binPred");
    boolean multi = Boolean.parseBoolean(take(pairs, "multi"));
    List<Document> train = read(dir.resolve("train.txt"));
    List<Document> test = read(dir.resolve("test.txt"));
    List<String> predict = Files.readAllLines(dir.resolve("predict.tok"), StandardCharsets.UTF_8);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset", dir.getFileName().toString());
    if (!pairs.isEmpty()) {
      Map<String, String> s = new java.util.HashMap<>();
      for (String pair : pairs) {
        s.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      FastTextOptions o = options(s, multi);
      FastText m = FastText.train(train, o, null, multi);
      TrainingStats st = m.trainingStats().orElseThrow();
      out.put("options", String.join(" ", pairs));
      out.put("train_s", round(st.seconds()));
      out.put("words_per_s_per_thread", Math.round(st.wordsPerSecondPerThread()));
      score(m, test, multi, out, "");
      Path file = Files.createTempFile("fasttext", ".fenlei");
      long t0 = System.nanoTime();
      ModelFile.save(m, file);
      out.put("save_s", round((System.nanoTime() - t0) / 1e9));
      out.put("model_bytes", Files.size(file));
      t0 = System.nanoTime();
      FastText loaded = (FastText) ModelFile.load(file);
      out.put("load_s", round((System.nanoTime() - t0) / 1e9));
      Files.delete(file);
      int same = 0;
      for (Document d : test) {
        same += m.scoresPretokenized(d.text())[0] == loaded.scoresPretokenized(d.text())[0] ? 1 : 0;
      }
      out.put("save_load_identical", same == test.size());
      out.put("predict_docs_per_s_1t", Math.round(throughput(m, predict, 1)));
      out.put("predict_docs_per_s_2t", Math.round(throughput(m, predict, 2)));
    }
    if (bin != null) {
      long t0 = System.nanoTime();
      FastText b = FastTextBinReader.readModel(Path.of(bin));
      out.put("bin_load_s", round((System.nanoTime() - t0) / 1e9));
      score(b, test, multi, out, "bin_");
      if (binPred != null) {
        List<String> theirs = Files.readAllLines(Path.of(binPred), StandardCharsets.UTF_8);
        int same = 0;
        for (int i = 0; i < test.size(); i++) {
          // the tool's own rule: top 1, or every label at 0.5 or more (predict -1 0.5) when multi-label
          List<ScoredLabel> p = multi ? b.predictPretokenized(test.get(i).text(), b.labels().size(), 0.5).labels()
              : b.predictPretokenized(test.get(i).text(), 1, 0.0).labels();
          java.util.TreeSet<String> mine = new java.util.TreeSet<>();
          p.forEach(s -> mine.add("__label__" + s.label()));
          java.util.TreeSet<String> tool = new java.util.TreeSet<>(List.of(theirs.get(i).trim().split(" ")));
          tool.remove("");
          same += mine.equals(tool) ? 1 : 0;
        }
        out.put("bin_top1_identical", round((double) same / test.size()));
      }
      out.put("bin_predict_docs_per_s_1t", Math.round(throughput(b, predict, 1)));
    }
    System.out.println(json(out));
  }

  static FastTextOptions options(Map<String, String> s, boolean multi) {
    FastTextOptions d = new FastTextOptions();
    return new FastTextOptions(integer(s, "dim", d.dim()), Double.parseDouble(s.getOrDefault("lr", "" + d.lr())),
        integer(s, "epoch", d.epoch()), integer(s, "wordNgrams", d.wordNgrams()), integer(s, "bucket", d.bucket()),
        integer(s, "minCount", d.minCount()), integer(s, "minCountLabel", 0), integer(s, "minn", 0),
        integer(s, "maxn", 0), integer(s, "neg", 5), 5,
        org.fenlei.neural.Loss.parse(s.getOrDefault("loss", multi ? "ova" : "softmax")), 1e-4, 100,
        integer(s, "seed", 0), integer(s, "thread", 2), null);
  }

  private static int integer(Map<String, String> s, String key, int fallback) {
    return s.containsKey(key) ? Integer.parseInt(s.get(key)) : fallback;
  }

  private static String take(List<String> pairs, String key) {
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).startsWith(key + "=")) {
        return pairs.remove(i).substring(key.length() + 1);
      }
    }
    return null;
  }

  static List<Document> read(Path p) throws IOException {
    List<Document> out = new ArrayList<>();
    long n = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      out.add(SegmentCorpus.parse(line, ++n));
    }
    return out;
  }

  /** Accuracy (single-label) or micro-F1 (multi-label: the tool's rule, threshold 0.5, and fenlei's own). */
  private static void score(FastText m, List<Document> test, boolean multi, Map<String, Object> out,
      String prefix) {
    if (!multi) {
      int ok = 0;
      for (Document d : test) {
        List<ScoredLabel> p = m.predictPretokenized(d.text(), 1, 0.0).labels();
        ok += !p.isEmpty() && d.labels().contains(p.get(0).label()) ? 1 : 0;
      }
      out.put(prefix + "accuracy", round4((double) ok / test.size()));
      return;
    }
    out.put(prefix + "micro_f1_threshold_0.5", round4(microF1(m, test, 0.5)));
    out.put(prefix + "micro_f1_fenlei_rule", round4(microF1(m, test, Double.NaN)));
  }

  private static double microF1(FastText m, List<Document> test, double threshold) {
    long tp = 0;
    long np = 0;
    long ng = 0;
    for (Document d : test) {
      List<ScoredLabel> p = m.predictPretokenized(d.text(), Double.isNaN(threshold) ? -1 : m.labels().size(),
          threshold).labels();
      np += p.size();
      ng += d.labels().size();
      for (ScoredLabel s : p) {
        tp += d.labels().contains(s.label()) ? 1 : 0;
      }
    }
    return 2.0 * tp / (np + ng);
  }

  /** Documents per second of top-1 prediction, best of 3 passes after 2 warm-up passes. */
  static double throughput(FastText m, List<String> docs, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double best = 0;
      for (int rep = 0; rep < 5; rep++) {
        long t0 = System.nanoTime();
        List<Future<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<String> part = docs.subList(t * docs.size() / threads, (t + 1) * docs.size() / threads);
          parts.add(pool.submit(() -> {
            int sink = 0;
            for (String d : part) {
              sink += m.predictPretokenized(d, 1, 0.0).labels().size();
            }
            return sink;
          }));
        }
        for (Future<Integer> f : parts) {
          f.get();
        }
        double rate = docs.size() / ((System.nanoTime() - t0) / 1e9);
        if (rep >= 2) {
          best = Math.max(best, rate);
        }
      }
      return best;
    } finally {
      pool.shutdown();
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double round4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  static String json(Map<String, Object> m) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append('"').append(e.getKey()).append("\": ");
      Object v = e.getValue();
      sb.append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v));
    }
    return sb.append('}').toString();
  }
}
