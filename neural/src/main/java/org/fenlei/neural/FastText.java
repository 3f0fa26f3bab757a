package org.fenlei.neural;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.fenlei.core.Prediction;
import org.fenlei.corpora.Document;
import org.fenlei.core.PretokenizedInput;
import org.fenlei.core.Quantizable;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * A fastText classifier (Joulin et al. 2017): the mean of the input rows of a document's words, word n-grams and
 * character n-grams is the hidden vector; the output layer turns it into one probability per label (softmax,
 * hierarchical softmax, or one sigmoid per label for {@code ns} and {@code ova}).
 *
 * <p>A model trained by fenlei segments its input with the segmenter it was trained with (stored in the model
 * file), then reads the tokens as the fastText tool does, ending every document with {@code </s>}. A model read
 * from the tool's {@code .bin} or {@code .ftz} file has no segmenter: its input is split on spaces, as the tool
 * expects. {@link #scoresPretokenized} skips segmentation for both.
 *
 * <p>Immutable and safe to share between threads; each prediction uses its own scratch arrays.
 */
public final class FastText extends TextClassifier implements PretokenizedInput, Quantizable {
  /** The model kind in fenlei model files. */
  public static final String KIND = "fasttext";

  private final SegmenterConfig segmenterConfig;
  private final Segmenter segmenter;
  final Dictionary dict;
  final FastTextOptions options;
  final EmbeddingTable input;
  final OutputTable output;
  private final OutputRule rule;
  private final List<String> labels;
  private final boolean multiLabel;
  private final int minLabels;
  private final TrainingStats stats;

  FastText(SegmenterConfig segmenterConfig, Dictionary dict, FastTextOptions options, EmbeddingTable input,
      OutputTable output, List<String> labels, boolean multiLabel, int minLabels, TrainingStats stats) {
    if (input.rows() != dict.inputRows() || input.dim() != options.dim() || output.dim() != options.dim()
        || output.rows() != dict.nlabels() || labels.size() != dict.nlabels()) {
      throw new IllegalArgumentException("inconsistent fastText model: input " + input.rows() + " x " + input.dim()
          + " for " + dict.inputRows() + " rows, output " + output.rows() + " x " + output.dim() + " for "
          + dict.nlabels() + " labels, dim " + options.dim());
    }
    this.segmenterConfig = segmenterConfig;
    this.segmenter = segmenterConfig == null ? null : Segmenters.create(segmenterConfig);
    this.dict = dict;
    this.options = options;
    this.input = input;
    this.output = output;
    this.rule = OutputRule.of(options.loss(), dict.labelCounts);
    this.labels = List.copyOf(labels);
    this.multiLabel = multiLabel;
    this.minLabels = minLabels;
    this.stats = stats;
  }

  /**
   * Trains a supervised model on labelled documents in their order, as the tool does ({@link Shuffle#NONE}). With
   * one thread and the same seed training is reproducible; with several, threads update the shared tables without
   * locks (as the tool does) and results vary slightly from run to run, widely when the documents are grouped.
   *
   * @param docs the training documents, each with at least one label, or in a multi-label task with none (a
   *     negative for every label, which needs loss ova)
   * @param options the training options; {@link FastTextOptions#thread()} threads segment and train
   * @param segmenter how to split the documents' text into words; null when it is already split on spaces
   * @param forceMultiLabel a multi-label model even if no document has two labels (it is one when some has)
   * @return the trained model, which keeps {@code segmenter} to apply to its input
   * @throws IllegalArgumentException on bad data (a multi-class document without a label, no labels at all, empty
   *     vocabulary, documents without labels under a loss other than ova) or options
   * @throws ArithmeticException when training diverges (NaN loss): lower lr
   */
  public static FastText train(List<Document> docs, FastTextOptions options, SegmenterConfig segmenter,
      boolean forceMultiLabel) {
    return train(docs, options, segmenter, forceMultiLabel, Shuffle.NONE);
  }

  /**
   * As {@link #train(List, FastTextOptions, SegmenterConfig, boolean)}, visiting the documents in the order
   * {@code shuffle} says: in seeded random order ({@link Shuffle#EPOCH}, {@link Shuffle#ONCE}) each thread's work
   * and learning rate no longer depend on the other threads' speed, so several threads vary little from run to run.
   *
   * @param docs the training documents, as for {@link #train(List, FastTextOptions, SegmenterConfig, boolean)}
   * @param options the training options; {@link FastTextOptions#thread()} threads segment and train
   * @param segmenter how to split the documents' text into words; null when it is already split on spaces
   * @param forceMultiLabel a multi-label model even if no document has two labels (it is one when some has)
   * @param shuffle the order of the documents, not null
   * @return the trained model, which keeps {@code segmenter} to apply to its input
   * @throws IllegalArgumentException on bad data or options, as the other {@code train}
   * @throws ArithmeticException when training diverges (NaN loss): lower lr
   */
  public static FastText train(List<Document> docs, FastTextOptions options, SegmenterConfig segmenter,
      boolean forceMultiLabel, Shuffle shuffle) {
    return SupervisedTrainer.train(docs, options, segmenter, forceMultiLabel, Long.MAX_VALUE,
        java.util.Objects.requireNonNull(shuffle, "shuffle"));
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

  /**
   * 1 for multi-label models trained by fenlei (every training document had a label, so the best label is
   * predicted even when none reaches 0.5); 0 for the tool's models, which predict as {@code fasttext predict}.
   */
  @Override
  public int minLabels() {
    return minLabels;
  }

  /**
   * Equal scores go to the later label, as the tool's top-k heap gives them: with tabulated sigmoids ({@code ova},
   * {@code ns}) ties are common, and this keeps the tool's top-1 answer.
   *
   * @return true
   */
  @Override
  protected boolean tiesToLaterLabel() {
    return true;
  }

  /**
   * {@link #predict(String, int, double)} for text whose tokens are already separated.
   *
   * @param text the tokens, separated by white space
   * @param topK at most this many labels; negative for the model's default
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @return the prediction
   */
  public Prediction predictPretokenized(String text, int topK, double threshold) {
    return decide(scoresPretokenized(text), topK, threshold);
  }

  /** Input rows (words and n-gram buckets) kept by quantization; 0 keeps all. */
  static final Setting<Integer> CUTOFF = Setting.integer("cutoff", Quantizer.DEFAULT_CUTOFF,
      "input rows (words and n-gram buckets) of largest norm to keep, as the tool's -cutoff; 0 keeps all")
      .requiring(v -> v >= 0, "must be >= 0");

  @Override
  public List<Setting<?>> quantizeSettings() {
    return List.of(CUTOFF);
  }

  @Override
  public TextClassifier quantize(Settings settings, List<Document> retrain, int threads) {
    if (quantized()) {
      throw new IllegalStateException("the model is already quantized");
    }
    return Quantizer.quantize(this, settings.get(CUTOFF), retrain);
  }

  @Override
  public String describe(TextClassifier quantized) {
    FastText q = (FastText) quantized;
    return String.format(java.util.Locale.ROOT, "%,d of %,d input rows kept, int8", q.inputRows(), inputRows());
  }

  @Override
  public double[] scores(String text) {
    return scoresOfTokens(segmenter != null ? segmenter.words(text) : Tokens.split(text));
  }

  @Override
  public double[] scoresPretokenized(String text) {
    return scoresOfTokens(Tokens.split(text));
  }

  double[] scoresOfTokens(List<String> tokens) {
    IntList rows = new IntList(2 * tokens.size() + 8);
    IntList hashes = new IntList(tokens.size() + 1);
    dict.encode(Tokens.line(tokens), rows, null, hashes);
    float[] hidden = new float[options.dim()];
    input.bag(rows.a, rows.size, hidden);
    float[] p = new float[labels.size()];
    rule.probabilities(output, hidden, p);
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i];
    }
    return out;
  }

  @Override
  public java.util.Map<String, String> settings() {
    FastTextOptions o = options();
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("loss", o.loss().name().toLowerCase(java.util.Locale.ROOT));
    m.put("dim", Integer.toString(o.dim()));
    m.put("lr", Double.toString(o.lr()));
    m.put("epoch", Integer.toString(o.epoch()));
    m.put("wordNgrams", Integer.toString(o.wordNgrams()));
    m.put("bucket", Integer.toString(o.bucket()));
    m.put("minn", Integer.toString(o.minn()));
    m.put("maxn", Integer.toString(o.maxn()));
    m.put("minCount", Integer.toString(o.minCount()));
    return m;
  }

  /**
   * The training options (for a model read from the tool's file: those its file records).
   *
   * @return the options
   */
  public FastTextOptions options() {
    return options;
  }

  /**
   * The segmenter the model applies to its input; empty when its input is split on spaces.
   *
   * @return the segmenter's configuration, or empty
   */
  public Optional<SegmenterConfig> segmenterConfig() {
    return Optional.ofNullable(segmenterConfig);
  }

  /**
   * What training did, for a model trained in this process.
   *
   * @return the statistics; empty for a model read from a file or produced by quantization
   */
  public Optional<TrainingStats> trainingStats() {
    return Optional.ofNullable(stats);
  }

  /**
   * Words in the dictionary.
   *
   * @return the vocabulary size (the end-of-line word {@code </s>} counts as a word)
   */
  public int words() {
    return dict.nwords();
  }

  /**
   * Rows of the input table (words and hash buckets).
   *
   * @return the row count
   */
  public int inputRows() {
    return input.rows();
  }

  /**
   * Whether the input table is quantized (int8 rows, or product-quantized in a {@code .ftz}).
   *
   * @return true for a quantized model
   */
  public boolean quantized() {
    return !(input instanceof DenseMatrix);
  }

  /**
   * Bytes of the input and output tables in memory.
   *
   * @return the size in bytes of the table data, without object overhead
   */
  public long tableBytes() {
    return input.bytes() + 4L * output.rows() * output.dim();
  }

  @Override
  public void write(DataOutput out) throws IOException {
    FastTextFormat.write(this, out);
  }

  SegmenterConfig segmenter() {
    return segmenterConfig;
  }
}
