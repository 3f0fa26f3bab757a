package org.fenlei.neural;

import java.nio.file.Path;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureSettings;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import org.fenlei.core.TextClassifier;
import org.fenlei.segment.SegmenterConfig;

/**
 * {@code fenlei train --model fasttext --set key=value}: the tool's option names and defaults; the loss defaults
 * to {@code ova} for multi-label data and {@code softmax} otherwise. With {@code autotune-duration} and
 * {@code --dev}, hyper-parameters are searched on the dev documents first ({@link Autotune}).
 */
public final class FastTextTrainer implements ModelTrainer {

  @Override
  public String kind() {
    return FastText.KIND;
  }

  @Override
  public String summary() {
    return "fastText (Joulin et al. 2017): averaged word and n-gram embeddings, the C++ tool's options";
  }

  @Override
  public List<String> settingsHelp() {
    FastTextOptions d = new FastTextOptions();
    return List.of(
        "epoch (" + d.epoch() + "), lr (" + d.lr() + "), dim (" + d.dim() + "): passes, learning rate, vector size",
        "wordNgrams (" + d.wordNgrams() + "): max length of word n-grams; bucket (" + d.bucket()
            + "): their hash buckets",
        "minn (" + d.minn() + "), maxn (" + d.maxn() + "): character n-gram lengths (0: none)",
        "minCount (" + d.minCount() + "), minCountLabel (" + d.minCountLabel() + "): minimal word / label counts",
        "loss (softmax; ova when multi-label): softmax, hs, ns or ova; neg (" + d.neg() + "): negatives for ns",
        "t (" + d.t() + "), lrUpdateRate (" + d.lrUpdateRate() + "), seed (" + d.seed()
            + "), thread (--threads): as the tool's",
        "pretrainedVectors (none): a .vec file initialising word vectors (its dim must be dim)",
        "pretokenized (false): the text is already split on spaces: no segmentation at training or prediction",
        "hmm (true): jieba's HMM guesses words missing from the dictionary",
        "autotune-duration (0): with --dev, search epoch, lr, dim, wordNgrams, bucket, minn/maxn, loss for this many",
        "  seconds, keeping the best model on the dev documents (micro-F1)");
  }

  @Override
  public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
    boolean multi = c.forceMultiLabel() || train.stream().anyMatch(d -> d.labels().size() > 1);
    java.util.Set<String> manual = new java.util.HashSet<>();
    for (String key : Autotune.SEARCHED) {
      if (s.string(key, null) != null) {
        manual.add(key);
      }
    }
    FastTextOptions o = Settings.validated(() -> options(s, multi, c.threads()));
    SegmenterConfig jieba = Settings.validated(() -> FeatureSettings.segmenter(s));
    SegmenterConfig seg = s.bool("pretokenized", false) ? null : jieba;
    double autotune = s.real("autotune-duration", 0);
    s.requireAllUsed(kind());
    if (autotune > 0) {
      if (dev.isEmpty()) {
        throw new SettingsException("autotune-duration needs held-out documents: give --dev");
      }
      return Autotune.search(train, dev, o, manual, seg, c.forceMultiLabel(), autotune).model();
    }
    return FastText.train(train, o, seg, c.forceMultiLabel());
  }

  /**
   * The options of unsupervised training ({@code fenlei vectors}) the settings give, with the defaults of the
   * tool's {@code skipgram} and {@code cbow} ({@link FastTextOptions#unsupervised}); the loss may be ns, hs or
   * softmax.
   *
   * @throws SettingsException for a bad or unknown setting
   */
  public static FastTextOptions unsupervised(Settings s, int threads) {
    FastTextOptions d = FastTextOptions.unsupervised();
    FastTextOptions o = Settings.validated(() -> new FastTextOptions(s.integer("dim", d.dim()), s.real("lr", d.lr()),
        s.integer("epoch", d.epoch()), s.integer("wordNgrams", d.wordNgrams()), s.integer("bucket", d.bucket()),
        s.integer("minCount", d.minCount()), 0, s.integer("minn", d.minn()), s.integer("maxn", d.maxn()),
        s.integer("neg", d.neg()), s.integer("ws", d.ws()), Loss.parse(s.string("loss", "ns")), s.real("t", d.t()),
        s.integer("lrUpdateRate", d.lrUpdateRate()), s.integer("seed", d.seed()), s.integer("thread", threads),
        null));
    if (o.loss() == Loss.OVA) {
      throw new SettingsException("loss ova is for labels; word vectors take ns, hs or softmax");
    }
    s.requireAllUsed("vectors");
    return o;
  }

  /** The settings {@link #unsupervised} reads, with their defaults, for help texts. */
  public static List<String> unsupervisedHelp() {
    FastTextOptions d = FastTextOptions.unsupervised();
    return List.of("dim (" + d.dim() + "), lr (" + d.lr() + "), epoch (" + d.epoch() + "), ws (" + d.ws()
            + "): vector size, learning rate, passes, context window",
        "minCount (" + d.minCount() + "): minimal word count; minn (" + d.minn() + "), maxn (" + d.maxn()
            + "): character n-gram lengths (0: none); bucket (" + d.bucket() + ")",
        "loss (ns): ns, hs or softmax; neg (" + d.neg() + "); t (" + d.t() + "): sub-sampling threshold",
        "lrUpdateRate (" + d.lrUpdateRate() + "), seed (" + d.seed() + "), thread (--threads): as the tool's");
  }

  /** The options the settings give, with the tool's defaults. */
  static FastTextOptions options(Settings s, boolean multiLabel, int threads) {
    FastTextOptions d = new FastTextOptions();
    String pretrained = s.string("pretrainedVectors", null);
    return new FastTextOptions(s.integer("dim", d.dim()), s.real("lr", d.lr()), s.integer("epoch", d.epoch()),
        s.integer("wordNgrams", d.wordNgrams()), s.integer("bucket", d.bucket()), s.integer("minCount", d.minCount()),
        s.integer("minCountLabel", d.minCountLabel()), s.integer("minn", d.minn()), s.integer("maxn", d.maxn()),
        s.integer("neg", d.neg()), s.integer("ws", d.ws()),
        Loss.parse(s.string("loss", multiLabel ? "ova" : "softmax")), s.real("t", d.t()),
        s.integer("lrUpdateRate", d.lrUpdateRate()), s.integer("seed", d.seed()), s.integer("thread", threads),
        pretrained == null ? null : Path.of(pretrained));
  }
}
