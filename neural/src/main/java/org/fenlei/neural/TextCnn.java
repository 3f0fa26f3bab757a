package org.fenlei.neural;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fenlei.core.HeldOutScores;
import org.fenlei.core.PretokenizedInput;
import org.fenlei.core.Quantizable;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.quant.QuantParams;

/**
 * A TextCNN classifier (Kim 2014): token embeddings, parallel 1-D convolutions of several widths, ReLU and
 * max-over-time pooling, dropout in training, and a dense layer with a softmax (multi-class) or one sigmoid per
 * label with its own threshold (multi-label). Trained by {@link TextCnnTrainer}; {@code fenlei quantize} turns it
 * into its int8 serving form ({@link #quantize}), which runs on quant's int8 kernels.
 *
 * <p>The model keeps its segmenter (or reads characters) and its vocabulary; documents are cut or padded to the
 * length chosen at training. Immutable and safe to share between threads; each prediction uses its own scratch
 * arrays.
 */
public final class TextCnn extends TextClassifier implements PretokenizedInput, Quantizable {
  /** The model kind in fenlei model files. */
  public static final String KIND = "textcnn";

  final CnnInput input;
  final CnnShape shape;
  /** The float weights, or null for an int8 model. */
  final CnnWeights weights;
  /** The int8 form, or null for a float model. */
  final Int8Cnn int8;
  /** The float form's inference, or null for an int8 model. */
  private final FloatCnn floatCnn;
  /** The pooled features' range learnt by quantization-aware training, or null. */
  final QuantParams qatRange;
  private final List<String> labels;
  private final boolean multiLabel;
  private final int minLabels;
  private final double[] thresholds;
  private final Map<String, String> settings;
  /** What a model fresh from training kept aside, or null. */
  private final HeldOut held;

  TextCnn(CnnInput input, CnnShape shape, CnnWeights weights, Int8Cnn int8, List<String> labels, boolean multiLabel,
      int minLabels, double[] thresholds, Map<String, String> settings, QuantParams qatRange, HeldOut held) {
    this.input = input;
    this.shape = shape;
    this.weights = weights;
    this.int8 = int8;
    this.floatCnn = weights == null ? null : new FloatCnn(weights, input.maxlen);
    this.labels = List.copyOf(labels);
    this.multiLabel = multiLabel;
    this.minLabels = minLabels;
    this.thresholds = thresholds.clone();
    this.settings = Map.copyOf(settings);
    this.qatRange = qatRange;
    this.held = held;
  }

  @Override
  public String kind() {
    return KIND;
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
  public int minLabels() {
    return minLabels;
  }

  @Override
  public double threshold(int label) {
    return multiLabel ? thresholds[label] : super.threshold(label);
  }

  @Override
  public Map<String, String> settings() {
    return new java.util.TreeMap<>(settings);
  }

  @Override
  public double[] scores(String text) {
    return scoresOfIds(input.encode(text, false));
  }

  @Override
  public double[] scoresPretokenized(String text) {
    return scoresOfIds(input.encode(text, true));
  }

  /** Probabilities of a document given as token ids (as {@link CnnInput#encode} gives them). */
  double[] scoresOfIds(int[] ids) {
    return CnnLoop.probabilities(logits(ids), multiLabel, new float[labels.size()]);
  }

  /** The dense layer's outputs for a document's token ids. */
  float[] logits(int[] ids) {
    if (int8 != null) {
      return int8.logits(ids);
    }
    return floatCnn.logits(ids);
  }

  /**
   * The token ids of a text as the model reads it: segmented (or characters), looked up, cut to the model's length.
   * For benchmarks and callers that encode once and score many times ({@link #scoresOfIds}).
   *
   * @param text the text
   * @return the ids, at most the model's maximum length
   */
  public int[] encode(String text) {
    return input.encode(text, false);
  }

  /**
   * Scores an encoded document.
   *
   * @param ids what {@link #encode} returned
   * @return one probability per label
   * @throws IndexOutOfBoundsException when an id is outside the vocabulary
   */
  public double[] scores(int[] ids) {
    return scoresOfIds(ids.length > input.maxlen ? java.util.Arrays.copyOf(ids, input.maxlen) : ids);
  }

  /**
   * Tokens per document: longer ones are cut, shorter ones padded.
   *
   * @return the length chosen at training
   */
  public int maxLength() {
    return input.maxlen;
  }

  /**
   * Rows of the embedding table: the vocabulary with the padding and unknown rows.
   *
   * @return the vocabulary size
   */
  public int vocabularySize() {
    return input.size();
  }

  /**
   * Bytes of the parameters in memory, without object overhead.
   *
   * @return the size of the weights
   */
  public long parameterBytes() {
    return weights != null ? weights.bytes() : int8.bytes();
  }

  @Override
  public boolean quantized() {
    return int8 != null;
  }

  @Override
  public List<Setting<?>> quantizeSettings() {
    return TextCnnQuantizer.SETTINGS;
  }

  @Override
  public TextClassifier quantize(Settings s, List<Document> retrain, int threads) {
    if (quantized()) {
      throw new IllegalStateException("the model is already quantized");
    }
    return TextCnnQuantizer.quantize(this, s, retrain, threads);
  }

  @Override
  public String describe(TextClassifier quantized) {
    TextCnn q = (TextCnn) quantized;
    return String.format(Locale.ROOT, "int8 embedding table and convolutions, %s dense layer; %s",
        q.int8.denseInt8 != null ? "int8" : "float", q.settings.getOrDefault("quantization", "ptq"));
  }

  @Override
  public void write(DataOutput out) throws IOException {
    TextCnnFormat.write(this, out);
  }

  /** A model with other weights or form and the same input, labels and decision rule. */
  TextCnn with(CnnWeights w, Int8Cnn q, QuantParams qat, Map<String, String> extra) {
    Map<String, String> s = new java.util.LinkedHashMap<>(settings);
    s.putAll(extra);
    return new TextCnn(input, shape, w, q, labels, multiLabel, minLabels, thresholds, s, qat, null);
  }

  @Override
  public <T> java.util.Optional<T> capability(Class<T> type) {
    if (type == HeldOutScores.class) {
      return java.util.Optional.ofNullable(held).map(type::cast);
    }
    return super.capability(type);
  }

  /** The documents training kept aside and their scores. */
  record HeldOut(List<Document> heldOutDocuments, double[][] heldOutScores) implements HeldOutScores {}
}
