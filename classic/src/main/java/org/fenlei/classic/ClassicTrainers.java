package org.fenlei.classic;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.FeatureSettings;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TrainingData;

/** The classic model kinds as {@link ModelTrainer} services: {@code nb}, {@code svm} and {@code lr}. */
public final class ClassicTrainers {
  private ClassicTrainers() {}

  /** Settings shared by the classic kinds after the feature keys. */
  static List<String> commonHelp(FeatureConfig features) {
    List<String> help = new ArrayList<>(FeatureSettings.help(features));
    help.add("dev-fraction (0.1): multi-label without --dev: held-out fraction of the training documents on which");
    help.add("  per-label thresholds are tuned before training on all of them (0: thresholds stay 0.5)");
    help.add("resample (none): over or under: rebalance classes (by first label) by repeating or dropping documents");
    help.add("seed (1): random seed (held-out split, resampling, solver order)");
    return help;
  }

  static TrainingData prepare(List<Document> train, Settings s, FeatureConfig defaults, ModelTrainer.Context c) {
    return prepare(train, s, defaults, "ngrams", c);
  }

  static TrainingData prepare(List<Document> train, Settings s, FeatureConfig defaults, String fuse,
      ModelTrainer.Context c) {
    long seed = s.integer("seed", 1);
    TrainingData data = TrainingData.prepare(train, FeatureSettings.segmenter(s), FeatureSettings.features(s, defaults),
        FeatureSettings.fusion(s, fuse), c.forceMultiLabel(), c.threads(), seed);
    return Settings.validated(() -> data.resample(s.string("resample", "none"), seed));
  }

  /** Naive Bayes. */
  public static final class NaiveBayesTrainer implements ModelTrainer {
    /** Word unigrams and bigrams plus character unigrams and bigrams: the defaults measured in BENCHMARKS.md. */
    static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 2);

    @Override
    public String kind() {
      return NaiveBayes.KIND;
    }

    @Override
    public String summary() {
      return "Naive Bayes (multinomial, complement, Bernoulli) over TF-IDF word and character n-grams";
    }

    @Override
    public List<String> settingsHelp() {
      List<String> help = new ArrayList<>();
      help.add("variant (auto): multinomial, complement, bernoulli, or auto: multinomial or complement, whichever");
      help.add("  scores better on held-out documents (--dev, else cross-validation on the training documents)");
      help.add("alpha (auto): additive smoothing, or auto: the best of 0.01, 0.03, 0.1, 0.3 and 1 on the same documents");
      help.add("select-folds (5): without --dev, cross-validation folds for the auto choices (0: none; under 100");
      help.add("  documents: none); the final model trains on all documents");
      help.addAll(commonHelp(FEATURES));
      return help;
    }

    @Override
    public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
      String v = s.string("variant", "auto");
      NaiveBayes.Variant variant = v.equals("auto") ? null : Settings.validated(() -> NaiveBayes.Variant.parse(v));
      Double alpha = s.string("alpha", "auto").equals("auto") ? null
          : Settings.validated(() -> new NaiveBayes.Options(NaiveBayes.Variant.MULTINOMIAL, s.real("alpha", 0.1)))
              .alpha();
      int selectFolds = s.integer("select-folds", 5);
      if (selectFolds < 0) {
        throw new org.fenlei.core.SettingsException("select-folds must be >= 0: " + selectFolds);
      }
      double devFraction = s.real("dev-fraction", 0.1);
      long seed = s.integer("seed", 1);
      TrainingData data = prepare(train, s, FEATURES, c);
      s.requireAllUsed(kind());
      NaiveBayes.Options options = NaiveBayes.select(data, variant, alpha, dev, selectFolds, seed, c.threads());
      return NaiveBayes.fit(data, options, dev, devFraction, seed);
    }
  }

  /** LIBLINEAR models: linear SVM and logistic regression. */
  abstract static class LinearTrainer implements ModelTrainer {
    /**
     * Word unigrams and bigrams plus character 1-3-grams in at least two training documents: the defaults
     * measured in BENCHMARKS.md.
     */
    static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 3).withMinCount(2);

    abstract LinearModel.Loss loss();

    @Override
    public String kind() {
      return loss().kind;
    }

    @Override
    public List<String> settingsHelp() {
      LinearModel.Options d = new LinearModel.Options(loss());
      List<String> help = new ArrayList<>();
      help.add("c (" + d.c() + "): inverse regularisation strength");
      help.add("eps (" + d.eps() + "): solver tolerance");
      help.add("balanced (false): weight classes inversely to their frequency");
      help.addAll(commonHelp(FEATURES));
      return help;
    }

    @Override
    public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
      LinearModel.Options d = new LinearModel.Options(loss());
      double devFraction = s.real("dev-fraction", 0.1);
      LinearModel.Options options = Settings.validated(() -> new LinearModel.Options(loss(), s.real("c", d.c()),
          s.real("eps", d.eps()), s.bool("balanced", d.balanced()), s.integer("seed", 1)));
      TrainingData data = prepare(train, s, FEATURES, c);
      s.requireAllUsed(kind());
      return LinearModel.fit(data, options, dev, devFraction, c.threads());
    }
  }

  /** Gradient-boosted trees over fused dense features. */
  public static final class GbdtTrainer implements ModelTrainer {
    /**
     * A 300-feature chi-square slice of word and character n-grams, fused with LSI and LDA blocks: better and faster
     * than a 1,000-feature slice on both datasets measured (BENCHMARKS.md); trees overfit a wide sparse slice.
     */
    static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 2).withMinCount(2).withSelectK(300);
    static final String FUSE = "ngrams,lsi,lda";

    @Override
    public String kind() {
      return GradientBoosting.KIND;
    }

    @Override
    public String summary() {
      return "gradient-boosted trees (Smile) over fused features: n-gram slice, LSI, LDA, embeddings, lexicon";
    }

    @Override
    public List<String> settingsHelp() {
      GradientBoosting.Options d = new GradientBoosting.Options();
      List<String> help = new ArrayList<>();
      help.add("trees (" + d.trees() + "), max-depth (" + d.maxDepth() + "), max-nodes (" + d.maxNodes()
          + "), node-size (" + d.nodeSize() + "), shrinkage (" + d.shrinkage() + "), subsample (" + d.subsample()
          + ")");
      help.add("defaults here: fuse (" + FUSE + "), select-k (" + FEATURES.selectK() + "), chars (1-2), min-count (2)");
      help.addAll(commonHelp(FEATURES));
      return help;
    }

    @Override
    public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
      GradientBoosting.Options d = new GradientBoosting.Options();
      GradientBoosting.Options options = Settings.validated(() -> new GradientBoosting.Options(
          s.integer("trees", d.trees()), s.integer("max-depth", d.maxDepth()), s.integer("max-nodes", d.maxNodes()),
          s.integer("node-size", d.nodeSize()), s.real("shrinkage", d.shrinkage()),
          s.real("subsample", d.subsample())));
      double devFraction = s.real("dev-fraction", 0.1);
      long seed = s.integer("seed", 1);
      TrainingData data = prepare(train, s, FEATURES, FUSE, c);
      s.requireAllUsed(kind());
      return GradientBoosting.fit(data, options, dev, devFraction, c.threads(), seed);
    }
  }

  public static final class SvmTrainer extends LinearTrainer {
    @Override
    LinearModel.Loss loss() {
      return LinearModel.Loss.SVM;
    }

    @Override
    public String summary() {
      return "linear SVM (LIBLINEAR) over TF-IDF word and character n-grams";
    }
  }

  public static final class LrTrainer extends LinearTrainer {
    @Override
    LinearModel.Loss loss() {
      return LinearModel.Loss.LR;
    }

    @Override
    public String summary() {
      return "logistic regression (LIBLINEAR) over TF-IDF word and character n-grams";
    }
  }
}
