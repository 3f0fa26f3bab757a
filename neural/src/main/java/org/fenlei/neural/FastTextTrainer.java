package org.fenlei.neural;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fenlei.core.LabelSets;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureSettings;
import org.fenlei.segment.SegmenterConfig;

/**
 * {@code fenlei train --model fasttext --set key=value}: the tool's option names; the loss defaults to {@code ova}
 * for multi-label data and {@code softmax} otherwise. The defaults are the tool's except three, which underfit most
 * corpora: {@code lr} 0.5 (tool 0.1), {@code wordNgrams} 2 (tool 1) and {@code epoch} 25 (tool 5), fewer on large
 * corpora ({@link #defaultEpochs}); {@code defaults=tool} restores the tool's values and its file order
 * ({@code shuffle=false}). With {@code autotune-duration} and {@code --dev}, hyper-parameters are searched on the
 * dev documents first ({@link Autotune}).
 */
public final class FastTextTrainer implements ModelTrainer {
  private static final FastTextOptions D = new FastTextOptions();
  static final Setting<String> PRETRAINED = Setting.text("pretrainedVectors", null,
      "a .vec file initialising word vectors (its dim must be dim)");
  static final Setting<Boolean> PRETOKENIZED = Setting.bool("pretokenized", false,
      "the text is already split on spaces: no segmentation at training or prediction");
  /** fenlei's learning rate, longest word n-gram and most epochs when {@code defaults=fenlei}. */
  static final double FENLEI_LR = 0.5;
  static final int FENLEI_WORD_NGRAMS = 2;
  static final int FENLEI_MAX_EPOCH = 25;
  /**
   * fenlei's hash buckets when {@code defaults=fenlei}: with word bigrams the tool's 2,000,000 make an 810 MB model;
   * 200,000 make 81 MB, within 0.9 points on the standard splits (BENCHMARKS.md).
   */
  static final int FENLEI_BUCKET = 200_000;
  /** Characters of training text beyond which fenlei's default epochs fall below 25 (about 50M tokens processed). */
  static final long EPOCH_CHARS = 80_000_000L;
  static final Setting<String> DEFAULTS = Setting.choice("defaults", "fenlei", "defaults of lr, epoch, wordNgrams "
      + "bucket and shuffle: fenlei (lr 0.5, wordNgrams 2, epoch 25 or fewer above 3.2M characters of training text, "
      + "bucket 200000, shuffled) or tool (the C++ tool's lr 0.1, epoch 5, wordNgrams 1, bucket 2000000, file order)",
      "fenlei", "tool");
  static final Setting<String> SHUFFLE = Setting.choice("shuffle", "true", "visit the documents in seeded random "
      + "order, a new one every epoch (true), one for all epochs (once), or in file order as the C++ tool (false); "
      + "random order also gives each thread a fixed share of the work, so 2-thread runs vary little",
      "true", "once", "false");
  static final Setting<Double> AUTOTUNE = Setting.real("autotune-duration", 0, "with --dev, search epoch, lr, dim, "
      + "wordNgrams, bucket, minn/maxn, loss for this many seconds, keeping the best model on the dev documents "
      + "(micro-F1)").requiring(v -> v >= 0, "must be >= 0");

  /** The tool's options with the defaults of {@code d}. */
  private record Keys(Setting<Integer> dim, Setting<Double> lr, Setting<Integer> epoch, Setting<Integer> wordNgrams,
      Setting<Integer> bucket, Setting<Integer> minCount, Setting<Integer> minCountLabel, Setting<Integer> minn,
      Setting<Integer> maxn, Setting<Integer> neg, Setting<Integer> ws, Setting<String> loss, Setting<Double> t,
      Setting<Integer> lrUpdateRate, Setting<Integer> seed, Setting<Integer> thread) {

    static Keys of(FastTextOptions d, boolean fenleiDefaults, String loss, String lossShown, String... losses) {
      Setting<Integer> bucket = nonNegative(Setting.integer("bucket", d.bucket(),
          "hash buckets of word and character n-grams"));
      Setting<Double> lr = Setting.real("lr", d.lr(), "learning rate").requiring(v -> v > 0, "must be > 0");
      Setting<Integer> epoch = positive(Setting.integer("epoch", d.epoch(), "passes over the data"));
      Setting<Integer> ngrams = positive(Setting.integer("wordNgrams", d.wordNgrams(), "max length of word n-grams"));
      if (fenleiDefaults) {
        lr = lr.shownAs(FENLEI_LR + "; defaults=tool: " + d.lr());
        epoch = epoch.shownAs(FENLEI_MAX_EPOCH + ", fewer above 3.2M characters; defaults=tool: " + d.epoch());
        ngrams = ngrams.shownAs(FENLEI_WORD_NGRAMS + "; defaults=tool: " + d.wordNgrams());
        bucket = bucket.shownAs(FENLEI_BUCKET + "; defaults=tool: " + d.bucket());
      }
      return new Keys(positive(Setting.integer("dim", d.dim(), "vector size")), lr, epoch, ngrams, bucket,
          positive(Setting.integer("minCount", d.minCount(), "minimal word count")),
          nonNegative(Setting.integer("minCountLabel", d.minCountLabel(), "minimal label count")),
          nonNegative(Setting.integer("minn", d.minn(), "min length of character n-grams (0: none)")),
          nonNegative(Setting.integer("maxn", d.maxn(), "max length of character n-grams (0: none)")),
          positive(Setting.integer("neg", d.neg(), "negatives sampled for ns")),
          positive(Setting.integer("ws", d.ws(), "context window (word vectors)")),
          Setting.choice("loss", loss, "the loss", losses).shownAs(lossShown),
          Setting.real("t", d.t(), "sub-sampling threshold").requiring(v -> v > 0, "must be > 0"),
          positive(Setting.integer("lrUpdateRate", d.lrUpdateRate(), "words between learning-rate updates")),
          Setting.integer("seed", d.seed(), "random seed"),
          Setting.<Integer>of("thread", null, Integer::parseInt, "an integer", "training threads")
              .requiring(v -> v >= 1, "must be >= 1").shownAs("--threads"));
    }

    List<Setting<?>> all() {
      return List.of(epoch, lr, dim, wordNgrams, bucket, minn, maxn, minCount, minCountLabel, loss, neg, ws, t,
          lrUpdateRate, seed, thread);
    }

    FastTextOptions options(Settings s, Loss defaultLoss, int threads, Path pretrained) {
      Integer th = s.get(thread);
      String l = s.get(loss);
      return Settings.validated(() -> new FastTextOptions(s.get(dim), s.get(lr), s.get(epoch), s.get(wordNgrams),
          s.get(bucket), s.get(minCount), s.get(minCountLabel), s.get(minn), s.get(maxn), s.get(neg), s.get(ws),
          l == null ? defaultLoss : Loss.parse(l), s.get(t), s.get(lrUpdateRate), s.get(seed),
          th == null ? threads : th, pretrained));
    }
  }

  private static Setting<Integer> positive(Setting<Integer> s) {
    return s.requiring(v -> v >= 1, "must be >= 1");
  }

  private static Setting<Integer> nonNegative(Setting<Integer> s) {
    return s.requiring(v -> v >= 0, "must be >= 0");
  }

  private static final Keys SUPERVISED = Keys.of(D, true, null, "softmax; ova when multi-label", "softmax", "hs", "ns",
      "ova", "one-vs-all");
  private static final Keys UNSUPERVISED = Keys.of(FastTextOptions.unsupervised(), false, "ns", "ns", "ns", "hs",
      "softmax");
  private static final List<Setting<?>> SETTINGS;

  static {
    List<Setting<?>> all = new ArrayList<>(SUPERVISED.all());
    all.addAll(List.of(DEFAULTS, SHUFFLE, PRETRAINED, PRETOKENIZED, FeatureSettings.HMM, AUTOTUNE));
    SETTINGS = List.copyOf(all);
  }

  /** Creates the service. */
  public FastTextTrainer() {}

  @Override
  public String kind() {
    return FastText.KIND;
  }

  @Override
  public String summary() {
    return "fastText (Joulin et al. 2017): averaged word and n-gram embeddings, the C++ tool's options";
  }

  @Override
  public List<Setting<?>> settings() {
    return SETTINGS;
  }

  @Override
  public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
    boolean multi = LabelSets.multiLabel(train, c.forceMultiLabel());
    Set<String> manual = new TreeSet<>();
    for (Setting<?> k : SUPERVISED.all()) {
      if (Autotune.SEARCHED.contains(k.key()) && s.has(k)) {
        manual.add(k.key());
      }
    }
    String pretrained = s.get(PRETRAINED);
    FastTextOptions o = SUPERVISED.options(s, multi ? Loss.OVA : Loss.SOFTMAX, c.threads(),
        pretrained == null ? null : Path.of(pretrained));
    boolean tool = s.get(DEFAULTS).equals("tool");
    if (!tool) {
      o = o.withLr(s.has(SUPERVISED.lr) ? o.lr() : FENLEI_LR)
          .withWordNgrams(s.has(SUPERVISED.wordNgrams) ? o.wordNgrams() : FENLEI_WORD_NGRAMS)
          .withBucket(s.has(SUPERVISED.bucket) ? o.bucket() : FENLEI_BUCKET)
          .withEpoch(s.has(SUPERVISED.epoch) ? o.epoch() : defaultEpochs(train));
    }
    SegmenterConfig seg = s.get(PRETOKENIZED) ? null : FeatureSettings.segmenter(s);
    Shuffle shuffle = tool && !s.has(SHUFFLE) ? Shuffle.NONE : Shuffle.parse(s.get(SHUFFLE));
    double autotune = s.get(AUTOTUNE);
    if (autotune > 0) {
      if (dev.isEmpty()) {
        throw new SettingsException("autotune-duration needs held-out documents: give --dev");
      }
      return Autotune.search(train, dev, o, manual, seg, c.forceMultiLabel(), autotune, shuffle).model();
    }
    return FastText.train(train, o, seg, c.forceMultiLabel(), shuffle);
  }

  /**
   * fenlei's default epochs: 25 up to {@link #EPOCH_CHARS}{@code / 25} characters of training text (3.2M, about 2M
   * jieba tokens: every corpus fenlei was measured on), then as many as keep about {@link #EPOCH_CHARS} characters
   * processed in all, at least the tool's 5. Small corpora need many passes at lr 0.5; a large one sees each
   * frequent word often enough within fewer, and its training time stays bounded.
   *
   * @param train the training documents
   * @return the epochs, between 5 and 25
   */
  static int defaultEpochs(List<Document> train) {
    long chars = 0;
    for (Document d : train) {
      chars += d.text().length();
    }
    long e = chars == 0 ? FENLEI_MAX_EPOCH : EPOCH_CHARS / chars;
    return (int) Math.max(5, Math.min(FENLEI_MAX_EPOCH, e));
  }

  /**
   * The settings of unsupervised training ({@code fenlei vectors}), with the defaults of the tool's
   * {@code skipgram} and {@code cbow}.
   *
   * @return the settings
   */
  public static List<Setting<?>> unsupervisedSettings() {
    return UNSUPERVISED.all();
  }

  /**
   * The options of unsupervised training ({@code fenlei vectors}) the settings give, with the defaults of the
   * tool's {@code skipgram} and {@code cbow} ({@link FastTextOptions#unsupervised}); the loss may be ns, hs or
   * softmax.
   *
   * @param s the settings, checked against {@link #unsupervisedSettings()}
   * @param threads training threads unless {@code thread} is set
   * @return the options
   * @throws SettingsException for a bad or unknown setting
   */
  public static FastTextOptions unsupervised(Settings s, int threads) {
    s.validate("vectors", UNSUPERVISED.all());
    return UNSUPERVISED.options(s, Loss.NS, threads, null);
  }
}
