package org.fenlei.cli;

import java.util.List;
import java.util.Locale;
import org.fenlei.classic.LinearModel;
import org.fenlei.classic.NaiveBayes;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TextClassifier;
import org.fenlei.features.TrainingData;
import org.fenlei.features.Weighting;
import org.fenlei.segment.SegmenterConfig;

/** Maps {@code --model KIND} and its {@code --set} keys to a trained model. */
final class Trainers {
  static final List<String> KINDS = List.of("nb", "svm", "lr");

  private Trainers() {}

  static TextClassifier train(String kind, List<Document> train, Settings s, boolean multiLabel, int threads) {
    SegmenterConfig seg = segmenter(s);
    FeatureConfig features = features(s, kind);
    double devFraction = s.real("dev-fraction", 0.1);
    long seed = s.integer("seed", 1);
    TextClassifier model;
    switch (kind) {
      case "nb" -> {
        NaiveBayes.Options options = new NaiveBayes.Options(s.real("alpha", new NaiveBayes.Options().alpha()));
        s.requireAllUsed(kind);
        model = NaiveBayes.fit(TrainingData.prepare(train, seg, features, multiLabel, threads), options, devFraction,
            seed);
      }
      case "svm", "lr" -> {
        LinearModel.Options d = new LinearModel.Options(LinearModel.Loss.parse(kind));
        LinearModel.Options options = new LinearModel.Options(d.loss(), s.real("c", d.c()), s.real("eps", d.eps()),
            s.bool("balanced", d.balanced()), seed);
        s.requireAllUsed(kind);
        model = LinearModel.fit(TrainingData.prepare(train, seg, features, multiLabel, threads), options, devFraction,
            threads);
      }
      default -> throw new UsageException("unknown model kind '" + kind + "' (available: " + String.join(", ", KINDS)
          + ")");
    }
    return model;
  }

  static SegmenterConfig segmenter(Settings s) {
    return SegmenterConfig.jieba().withHmm(s.bool("hmm", true));
  }

  /** The default features of a model kind, changed by the {@code --set} keys. */
  static FeatureConfig defaults(String kind) {
    return new FeatureConfig();
  }

  static FeatureConfig features(Settings s, String kind) {
    FeatureConfig d = defaults(kind);
    int[] words = orders(s, "ngrams", d.wordMinN(), d.wordMaxN());
    int[] chars = orders(s, "chars", d.charMinN(), d.charMaxN());
    try {
      return new FeatureConfig(words[0], words[1], chars[0], chars[1], s.integer("buckets", d.buckets()),
          s.integer("min-count", d.minCount()), s.real("max-df", d.maxDf()),
          Weighting.parse(s.string("weighting", d.weighting().name().toLowerCase(Locale.ROOT))),
          s.bool("sublinear", d.sublinear()), s.bool("l2", d.l2()), s.bool("lowercase", d.lowercase()),
          s.integer("select-k", d.selectK()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code N}, {@code MIN-MAX}, or {@code 0} (off). */
  private static int[] orders(Settings s, String key, int min, int max) {
    String v = s.string(key, max == 0 ? "0" : min + "-" + max);
    try {
      String[] parts = v.split("-", 2);
      int a = Integer.parseInt(parts[0].trim());
      int b = parts.length == 1 ? a : Integer.parseInt(parts[1].trim());
      return a == 0 && b == 0 ? new int[] {1, 0} : new int[] {a, b};
    } catch (NumberFormatException e) {
      throw new UsageException("--set " + key + " expects N, MIN-MAX or 0, got '" + v + "'");
    }
  }
}
