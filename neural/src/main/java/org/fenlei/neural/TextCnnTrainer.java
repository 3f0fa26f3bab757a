package org.fenlei.neural;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureSettings;

/**
 * {@code fenlei train --model textcnn --set key=value}: Kim's TextCNN with the hyper-parameters of his paper and of
 * the PyTorch peer ({@code shared/peers/peer_textcnn.py}): widths 3, 4, 5 with 100 filters each, dropout 0.5, Adam at
 * 0.001, batches of 64, embeddings of 128 (or the vectors' dimension). Without {@code --dev} a tenth of the training
 * documents is kept aside to stop early on, to tune multi-label thresholds and to calibrate.
 */
public final class TextCnnTrainer implements ModelTrainer {
  static final Setting<String> INPUT = Setting.choice("input", "word", "tokens: jieba words or characters", "word",
      "char");
  static final Setting<Integer> DIM = Setting.integer("dim", 128, "embedding dimension (with vectors: theirs)")
      .requiring(v -> v >= 1 && v <= 1024, "must be 1 to 1024");
  static final Setting<int[]> WIDTHS = Setting.<int[]>of("widths", new int[] {3, 4, 5}, TextCnnTrainer::widths,
      "widths 1 to 7 separated by commas", "filter widths in tokens").shownAs("3,4,5");
  static final Setting<Integer> MAPS = Setting.integer("maps", 100, "filters per width")
      .requiring(v -> v >= 1 && v <= 4096, "must be 1 to 4096");
  static final Setting<Double> DROPOUT = Setting.real("dropout", 0.5, "dropout of the pooled features")
      .requiring(v -> v >= 0 && v < 1, "must be in [0, 1)");
  static final Setting<Integer> MAXLEN = Setting.integer("maxlen", 0, "tokens per document, longer ones cut, "
      + "shorter padded; 0: the 95th percentile of the training documents' lengths (at most "
      + TextCnnOptions.AUTO_MAXLEN_CAP + ")").requiring(v -> v >= 0 && v <= TextCnnOptions.MAX_MAXLEN,
      "must be 0 to " + TextCnnOptions.MAX_MAXLEN);
  static final Setting<String> EMBEDDING = Setting.choice("embedding", "auto", "Kim's variants: rand (random, "
      + "trained), static (vectors, fixed), non-static (vectors, trained), multichannel (a fixed and a trained "
      + "copy); auto: rand without vectors, multichannel with them", "auto", "rand", "static", "non-static",
      "multichannel");
  static final Setting<String> VECTORS = Setting.text("vectors", null, "a .vec file (fenlei vectors, fastText) "
      + "initialising the embeddings of the words it has");
  static final Setting<Boolean> VECTOR_WORDS = Setting.bool("vector-words", true, "with vectors, the vocabulary "
      + "also holds the words of the .vec file (in no training document, they keep their vector at prediction)");
  static final Setting<String> OPTIMIZER = Setting.choice("optimizer", "adam", "mini-batch optimizer", "adam",
      "sgd");
  static final Setting<Double> LR = Setting.real("lr", 0, "learning rate; 0: 0.001 for adam, 0.1 for sgd")
      .requiring(v -> v >= 0, "must be >= 0").shownAs("0.001 (adam), 0.1 (sgd)");
  static final Setting<Integer> BATCH = Setting.integer("batch", 64, "documents per mini-batch")
      .requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Integer> EPOCH = Setting.integer("epoch", 15, "most passes over the training documents")
      .requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Integer> PATIENCE = Setting.integer("patience", 3, "stop after this many epochs without a "
      + "better held-out score (the best epoch's weights are kept); 0: train every epoch")
      .requiring(v -> v >= 0, "must be >= 0");
  static final Setting<Double> HOLDOUT = Setting.real("holdout", 0.1, "without --dev, the share of training "
      + "documents kept aside to stop early, tune thresholds and calibrate on; 0: train on all, every epoch")
      .requiring(v -> v >= 0 && v < 0.5, "must be in [0, 0.5)");
  static final Setting<String> CLASS_WEIGHT = Setting.choice("class-weight", "none", "balanced weighs each "
      + "document by the inverse frequency of its label (multi-label: positives by negatives/positives)", "none",
      "balanced");
  static final Setting<Double> MAX_NORM = Setting.real("max-norm", 0, "the largest L2 norm of an output row "
      + "(Kim: 3); 0: none").requiring(v -> v >= 0, "must be >= 0");
  static final Setting<Integer> MIN_COUNT = Setting.integer("minCount", 1, "tokens seen fewer times are unknown")
      .requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Integer> SEED = Setting.integer("seed", 1, "seed of initialisation, order and dropout");
  static final Setting<Integer> QAT_FROM = Setting.integer("qat-from", 0, "the epoch from which training is "
      + "quantization-aware (the int8 model then uses the range it learnt); 0: never")
      .requiring(v -> v >= 0, "must be >= 0");
  private static final List<Setting<?>> SETTINGS = List.of(INPUT, DIM, WIDTHS, MAPS, DROPOUT, MAXLEN, EMBEDDING,
      VECTORS, VECTOR_WORDS, OPTIMIZER, LR, BATCH, EPOCH, PATIENCE, HOLDOUT, CLASS_WEIGHT, MAX_NORM, MIN_COUNT, SEED, QAT_FROM,
      FastTextTrainer.PRETOKENIZED, FeatureSettings.HMM);

  /** Creates the service. */
  public TextCnnTrainer() {}

  @Override
  public String kind() {
    return TextCnn.KIND;
  }

  @Override
  public String summary() {
    return "TextCNN (Kim 2014): convolutions of widths 3-5 over word embeddings, max pooling, dense; int8 serving";
  }

  @Override
  public List<Setting<?>> settings() {
    return SETTINGS;
  }

  @Override
  public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
    TextCnnOptions o = options(s, c.threads());
    return TextCnnTraining.train(train, dev, o, s.get(FastTextTrainer.PRETOKENIZED) ? null
        : FeatureSettings.segmenter(s), c.forceMultiLabel(), c.progress());
  }

  static TextCnnOptions options(Settings s, int threads) {
    String v = s.get(VECTORS);
    Path vectors = v == null ? null : Path.of(v);
    String embedding = s.get(EMBEDDING);
    if (!embedding.equals("auto") && !embedding.equals("rand") && vectors == null) {
      throw new SettingsException("embedding=" + embedding + " needs word vectors: set vectors=FILE.vec");
    }
    int dim = s.get(DIM);
    if (vectors != null) {
      int d = VecFile.dimension(vectors);
      if (s.has(DIM) && d != dim) {
        throw new SettingsException("dim=" + dim + " but " + vectors + " has vectors of dimension " + d);
      }
      dim = d;
    }
    int fixedDim = dim;
    return Settings.validated(() -> new TextCnnOptions(s.get(INPUT).equals("char"), fixedDim, s.get(WIDTHS),
        s.get(MAPS), s.get(DROPOUT), s.get(MAXLEN), embedding.equals("auto") ? null : embedding, vectors,
        s.get(OPTIMIZER).equals("adam"), s.get(LR), s.get(BATCH), s.get(EPOCH), s.get(PATIENCE), s.get(HOLDOUT),
        s.get(CLASS_WEIGHT).equals("balanced"), s.get(MAX_NORM), s.get(MIN_COUNT), s.get(SEED), threads,
        s.get(QAT_FROM), s.get(VECTOR_WORDS)));
  }

  private static int[] widths(String v) {
    String[] parts = v.split(",");
    List<Integer> out = new ArrayList<>();
    for (String p : parts) {
      int k = Integer.parseInt(p.trim());
      if (k < 1 || k > 7) {
        throw new IllegalArgumentException(v);
      }
      out.add(k);
    }
    int[] a = out.stream().mapToInt(Integer::intValue).toArray();
    if (a.length == 0 || a.length > 16 || Arrays.stream(a).distinct().count() != a.length) {
      throw new IllegalArgumentException(v);
    }
    return a;
  }
}
