package org.fenlei.bench.classic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Presets;
import org.fenlei.corpora.Split;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;

/**
 * In-process training and prediction time of a classic model on a standard split, as scikit-learn's are taken in
 * {@code vs_sklearn.py}: the documents already read, the clock around segmentation, features and fitting (train)
 * and around segmentation, features and predicting every test document one by one (predict), on one thread and on
 * all cores. Two rounds in one JVM: the first includes loading the jieba dictionary and JIT compilation (what a
 * short-lived process pays), the second does not. Prints one JSON line.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.fenlei.bench.classic.ClassicTiming DATA_DIR DATASET MODEL</pre>
 */
public final class ClassicTiming {
  private ClassicTiming() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    String dataset = args[1];
    String kind = args[2];
    List<Document> train = read(dataset, Split.TRAIN, dataDir);
    List<Document> test = read(dataset, Split.TEST, dataDir);
    ModelTrainer trainer = ServiceLoader.load(ModelTrainer.class).stream().map(ServiceLoader.Provider::get)
        .filter(t -> t.kind().equals(kind)).findFirst().orElseThrow(() -> new IllegalArgumentException(kind));
    int cores = Runtime.getRuntime().availableProcessors();
    StringBuilder json = new StringBuilder(String.format(Locale.ROOT, "{\"dataset\": \"%s\", \"model\": \"%s\"",
        dataset, kind));
    for (int round = 1; round <= 2; round++) {
      for (int threads : new int[] {1, cores}) {
        long t0 = System.nanoTime();
        TextClassifier m = trainer.train(train, List.of(), Settings.empty(),
            new ModelTrainer.Context(false, threads));
        long t1 = System.nanoTime();
        int right = 0;
        for (Document d : test) { // one document at a time, as a service would call it
          List<ScoredLabel> p = m.predict(d.text()).labels();
          right += !p.isEmpty() && d.labels().contains(p.get(0).label()) ? 1 : 0;
        }
        long t2 = System.nanoTime();
        json.append(String.format(Locale.ROOT, ", \"round%d_threads%d\": {\"train_s\": %.2f, \"predict_s\": %.2f, "
            + "\"accuracy\": %.4f}", round, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (double) right / test.size()));
      }
    }
    System.out.println(json.append('}'));
  }

  private static List<Document> read(String dataset, Split split, Path dataDir) throws Exception {
    List<Document> docs = new ArrayList<>();
    try (DocumentStream s = Presets.open(dataset, split, dataDir)) {
      s.forEachRemaining(docs::add);
    }
    return docs;
  }
}
