package org.fenlei.cli;

import java.util.List;
import org.fenlei.classic.NaiveBayes;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TextClassifier;
import org.fenlei.features.TrainingData;
import org.fenlei.features.Weighting;
import org.fenlei.segment.SegmenterConfig;

/** Maps {@code --model KIND} and its {@code --set} keys to a trained model. */
final class Trainers {
  static final List<String> KINDS = List.of("nb");

  private Trainers() {}

  static TextClassifier train(String kind, List<Document> train, Settings s, boolean multiLabel, int threads) {
    return switch (kind) {
      case "nb" -> {
        SegmenterConfig seg = segmenter(s);
        FeatureConfig features = features(s);
        NaiveBayes.Options options = new NaiveBayes.Options(s.real("alpha", new NaiveBayes.Options().alpha()));
        s.requireAllUsed(kind);
        yield NaiveBayes.fit(TrainingData.prepare(train, seg, features, multiLabel, threads), options);
      }
      default -> throw new UsageException("unknown model kind '" + kind + "' (available: " + String.join(", ", KINDS)
          + ")");
    };
  }

  static SegmenterConfig segmenter(Settings s) {
    return SegmenterConfig.jieba().withHmm(s.bool("hmm", true));
  }

  static FeatureConfig features(Settings s) {
    FeatureConfig d = new FeatureConfig();
    String ngrams = s.string("ngrams", d.minN() + "-" + d.maxN());
    int minN;
    int maxN;
    try {
      String[] parts = ngrams.split("-", 2);
      minN = Integer.parseInt(parts[0].trim());
      maxN = parts.length == 1 ? minN : Integer.parseInt(parts[1].trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--set ngrams expects N or MIN-MAX, got '" + ngrams + "'");
    }
    try {
      return new FeatureConfig(minN, maxN, s.integer("min-count", d.minCount()), s.real("max-df", d.maxDf()),
          Weighting.parse(s.string("weighting", d.weighting().name().toLowerCase(java.util.Locale.ROOT))),
          s.bool("l2", d.l2()), s.bool("lowercase", d.lowercase()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
