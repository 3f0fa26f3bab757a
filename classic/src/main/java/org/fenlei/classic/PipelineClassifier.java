package org.fenlei.classic;

import java.io.DataInput;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.fenlei.corpora.Document;
import org.fenlei.features.SparseVector;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TextPipeline;
import org.fenlei.features.TrainingData;

/**
 * What the classic models share: a text pipeline in front, a label set, and the decision rule (thresholds).
 * Subclasses score a feature vector; everything else is here.
 */
abstract class PipelineClassifier implements TextClassifier {
  final TextPipeline pipeline;
  final List<String> labels;
  final boolean multiLabel;
  final Thresholds thresholds;

  PipelineClassifier(TextPipeline pipeline, List<String> labels, boolean multiLabel, Thresholds thresholds) {
    this.pipeline = pipeline;
    this.labels = List.copyOf(labels);
    this.multiLabel = multiLabel;
    this.thresholds = thresholds;
  }

  /** The decision rule of a model just fitted: 0.5 per label for a multi-label one, none for a multi-class one. */
  static Thresholds untuned(TrainingData data) {
    return Thresholds.fixed(data.labels().size(), data.multiLabel() ? 0.5 : 0.0, 0);
  }

  /**
   * Fits a model with {@code trainer}; a multi-label one gets per-label thresholds tuned on {@code dev} or, when
   * that is empty, on a held-out {@code devFraction} of the training documents, and predicts at least one label.
   */
  static TextClassifier fit(TrainingData data, Function<TrainingData, ? extends PipelineClassifier> trainer,
      List<Document> dev, double devFraction, long seed) {
    if (!data.multiLabel()) {
      return trainer.apply(data);
    }
    return dev.isEmpty() ? MultiLabelTuning.fit(data, trainer, devFraction, 1, seed)
        : MultiLabelTuning.fit(data, trainer, dev, 1);
  }

  /** The scores of a feature vector of this model's pipeline, one per label. */
  abstract double[] scores(SparseVector x);

  /** The same model with another decision rule. */
  abstract PipelineClassifier withThresholds(Thresholds t);

  public TextPipeline pipeline() {
    return pipeline;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public boolean multiLabel() {
    return multiLabel;
  }

  @Override
  public double threshold(int label) {
    return thresholds.threshold(label);
  }

  @Override
  public int minLabels() {
    return thresholds.minLabels();
  }

  @Override
  public double[] scores(String text) {
    return scores(pipeline.vectorize(text));
  }

  /** Reads a classic model's version (refusing any other than {@code version}) and then its pipeline. */
  static TextPipeline readHead(DataInput in, String kind, int version) throws IOException {
    int v = in.readInt();
    if (v != version) {
      throw new IOException(kind + " model version " + v + " is not supported (this fenlei reads " + version + ")");
    }
    return TextPipeline.read(in);
  }

  /** Reads a label count, refusing implausible ones before anything is allocated for them. */
  static int readLabelCount(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 1 || n > 1_000_000) {
      throw new IOException("implausible label count " + n);
    }
    return n;
  }
}
