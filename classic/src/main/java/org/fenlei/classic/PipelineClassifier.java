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
 * Subclasses score a feature vector; everything else is here. Public so that kinds in other modules
 * ({@code fenlei-gbdt}) share it.
 */
public abstract class PipelineClassifier extends TextClassifier {
  /** Text to feature vector. */
  protected final TextPipeline pipeline;
  /** The labels, sorted. */
  protected final List<String> labels;
  /** Whether documents may have several labels. */
  protected final boolean multiLabel;
  /** The decision rule. */
  protected final Thresholds thresholds;

  /**
   * For subclasses.
   *
   * @param pipeline text to feature vector
   * @param labels the labels
   * @param multiLabel whether documents may have several labels
   * @param thresholds the decision rule
   */
  protected PipelineClassifier(TextPipeline pipeline, List<String> labels, boolean multiLabel, Thresholds thresholds) {
    this.pipeline = pipeline;
    this.labels = List.copyOf(labels);
    this.multiLabel = multiLabel;
    this.thresholds = thresholds;
  }

  /**
   * The decision rule of a model just fitted: 0.5 per label for a multi-label one, none for a multi-class one.
   *
   * @param data the training data
   * @return the thresholds
   */
  protected static Thresholds untuned(TrainingData data) {
    return Thresholds.fixed(data.labels().size(), data.multiLabel() ? 0.5 : 0.0, 0);
  }

  /**
   * Fits a model with {@code trainer}; a multi-label one gets per-label thresholds tuned on {@code dev} or, when
   * that is empty, on a held-out {@code devFraction} of the training documents, and predicts at least one label
   * unless some training document has none ({@link #minLabels}).
   *
   * @param data the training data
   * @param trainer fits a model on training data
   * @param dev held-out documents, possibly empty
   * @param devFraction the held-out fraction when {@code dev} is empty
   * @param seed the held-out split's seed
   * @return the model
   */
  protected static TextClassifier fit(TrainingData data, Function<TrainingData, ? extends PipelineClassifier> trainer,
      List<Document> dev, double devFraction, long seed) {
    if (!data.multiLabel()) {
      return trainer.apply(data);
    }
    return dev.isEmpty() ? MultiLabelTuning.fit(data, trainer, devFraction, minLabels(data), seed)
        : MultiLabelTuning.fit(data, trainer, dev, minLabels(data));
  }

  /**
   * The least number of labels a multi-label model trained on {@code data} predicts: 1, or 0 when a training
   * document has no label, since then "none" is a right answer the model has learnt.
   *
   * @param data the training data
   * @return 0 or 1
   */
  protected static int minLabels(TrainingData data) {
    return data.anyUnlabelled() ? 0 : 1;
  }

  /**
   * The scores of a feature vector of this model's pipeline.
   *
   * @param x the vector
   * @return one score per label
   */
  protected abstract double[] scores(SparseVector x);

  /**
   * The same model with another decision rule.
   *
   * @param t the thresholds
   * @return a new model
   */
  protected abstract PipelineClassifier withThresholds(Thresholds t);

  /**
   * The text pipeline in front of the model.
   *
   * @return the pipeline
   */
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

  /**
   * Reads a classic model's version (refusing any other than {@code version}) and then its pipeline.
   *
   * @param in where to read
   * @param kind the model kind, for messages
   * @param version the version this code reads
   * @return the pipeline
   * @throws IOException for another version or a damaged pipeline
   */
  protected static TextPipeline readHead(DataInput in, String kind, int version) throws IOException {
    int v = in.readInt();
    if (v != version) {
      throw new IOException(kind + " model version " + v + " is not supported (this fenlei reads " + version + ")");
    }
    return TextPipeline.read(in);
  }

  /**
   * Reads a label count, refusing implausible ones before anything is allocated for them.
   *
   * @param in where to read
   * @return the count
   * @throws IOException for an implausible count
   */
  protected static int readLabelCount(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 1 || n > 1_000_000) {
      throw new IOException("implausible label count " + n);
    }
    return n;
  }
}
