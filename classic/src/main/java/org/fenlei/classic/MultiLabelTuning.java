package org.fenlei.classic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fenlei.corpora.Document;
import java.util.function.Function;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TrainingData;

/**
 * Per-label thresholds for one-vs-rest models: train on all but a held-out fraction of the documents, tune the
 * thresholds on the held-out scores ({@link Thresholds#tune}), then train on everything and keep them.
 */
final class MultiLabelTuning {
  private MultiLabelTuning() {}

  /** Trains on all of {@code data} and tunes the thresholds on the given held-out documents. */
  static TextClassifier fit(TrainingData data, Function<TrainingData, ? extends PipelineClassifier> trainer,
      List<Document> dev, int minLabels) {
    PipelineClassifier model = trainer.apply(data);
    Map<String, Integer> ids = new HashMap<>();
    for (String l : data.labels()) {
      ids.put(l, ids.size());
    }
    double[][] scores = new double[dev.size()][];
    int[][] gold = new int[dev.size()][];
    for (int i = 0; i < dev.size(); i++) {
      Document d = dev.get(i);
      scores[i] = model.scores(data.pipeline().vectorize(d.text()));
      gold[i] = d.labels().stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
    }
    return model.withThresholds(Thresholds.tune(scores, gold, data.labels().size(), minLabels));
  }

  static TextClassifier fit(TrainingData data, Function<TrainingData, ? extends PipelineClassifier> trainer,
      double devFraction, int minLabels, long seed) {
    int n = data.vectors().size();
    int dev = (int) Math.round(n * devFraction);
    if (dev < 1 || dev >= n) {
      return trainer.apply(data).withThresholds(Thresholds.fixed(data.labels().size(), 0.5, minLabels));
    }
    HeldOut split = HeldOut.of(n, dev, seed);
    int[] devRows = split.dev();
    int[] trainRows = split.train();
    PipelineClassifier probe = trainer.apply(data.subset(trainRows));
    double[][] scores = new double[dev][];
    int[][] gold = new int[dev][];
    for (int i = 0; i < dev; i++) {
      scores[i] = probe.scores(data.vectors().get(devRows[i]));
      gold[i] = data.labelIds()[devRows[i]];
    }
    Thresholds t = Thresholds.tune(scores, gold, data.labels().size(), minLabels);
    return trainer.apply(data).withThresholds(t);
  }
}
