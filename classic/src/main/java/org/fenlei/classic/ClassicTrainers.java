package org.fenlei.classic;

import java.util.List;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TrainingData;

/** The classic model kinds as {@link ModelTrainer} services: {@code nb}, {@code svm} and {@code lr}. */
public final class ClassicTrainers {
  private ClassicTrainers() {}

  /** Naive Bayes. */
  public static final class NaiveBayesTrainer implements ModelTrainer {
    /** Word unigrams and bigrams plus character unigrams and bigrams: the defaults measured in BENCHMARKS.md. */
    public static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 2);
    static final ClassicSettings COMMON = new ClassicSettings(FEATURES, "ngrams");
    static final Setting<String> VARIANT = Setting.choice("variant", "auto", "multinomial, complement, bernoulli, "
        + "or auto: multinomial or complement, whichever scores better on held-out documents (--dev, else "
        + "cross-validation on the training documents)", "auto", "multinomial", "complement", "bernoulli");
    static final Setting<Double> ALPHA = Setting.<Double>of("alpha", null, Double::parseDouble, "a number",
        "additive smoothing, or auto: the best of 0.01, 0.03, 0.1, 0.3 and 1 on the same documents")
        .requiring(v -> v > 0, "must be > 0").orDefault("auto");
    static final Setting<Integer> SELECT_FOLDS = Setting.integer("select-folds", 5, "without --dev, "
        + "cross-validation folds for the auto choices (0: none; under 100 documents: none); the final model trains "
        + "on all documents").requiring(v -> v >= 0, "must be >= 0");
    static final List<Setting<?>> SETTINGS = COMMON.with(List.of(VARIANT, ALPHA, SELECT_FOLDS));

    /** Creates the service. */
    public NaiveBayesTrainer() {}

    @Override
    public String kind() {
      return NaiveBayes.KIND;
    }

    @Override
    public String summary() {
      return "Naive Bayes (multinomial, complement, Bernoulli) over TF-IDF word and character n-grams";
    }

    @Override
    public List<Setting<?>> settings() {
      return SETTINGS;
    }

    @Override
    public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
      String v = s.get(VARIANT);
      NaiveBayes.Variant variant = v.equals("auto") ? null : NaiveBayes.Variant.parse(v);
      Double alpha = s.get(ALPHA);
      long seed = s.get(ClassicSettings.SEED);
      TrainingData data = COMMON.prepare(train, s, c);
      c.progress().update("training", 0, 1);
      NaiveBayes.Options options = NaiveBayes.select(data, variant, alpha, dev, s.get(SELECT_FOLDS), seed,
          c.threads());
      TextClassifier m = NaiveBayes.fit(data, options, dev, s.get(ClassicSettings.DEV_FRACTION), seed);
      c.progress().update("training", 1, 1);
      return m;
    }
  }

  /** LIBLINEAR models: linear SVM and logistic regression. */
  abstract static class LinearTrainer implements ModelTrainer {
    /**
     * Word unigrams and bigrams plus character 1-3-grams in at least two training documents: the defaults
     * measured in BENCHMARKS.md.
     */
    static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 3).withMinCount(2);
    static final ClassicSettings COMMON = new ClassicSettings(FEATURES, "ngrams");
    static final Setting<Double> EPS = Setting.real("eps", 0.01, "solver tolerance").requiring(v -> v > 0,
        "must be > 0");
    static final Setting<Boolean> BALANCED = Setting.bool("balanced", false,
        "weight classes inversely to their frequency");

    private final Setting<Double> c;
    private final List<Setting<?>> settings;

    LinearTrainer() {
      c = Setting.real("c", new LinearModel.Options(loss()).c(), "inverse regularisation strength")
          .requiring(v -> v > 0, "must be > 0");
      settings = COMMON.with(List.of(c, EPS, BALANCED));
    }

    abstract LinearModel.Loss loss();

    @Override
    public String kind() {
      return loss().kind;
    }

    @Override
    public List<Setting<?>> settings() {
      return settings;
    }

    @Override
    public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context context) {
      LinearModel.Options options = new LinearModel.Options(loss(), s.get(c), s.get(EPS), s.get(BALANCED),
          s.get(ClassicSettings.SEED));
      TrainingData data = COMMON.prepare(train, s, context);
      context.progress().update("training", 0, 1);
      TextClassifier m = LinearModel.fit(data, options, dev, s.get(ClassicSettings.DEV_FRACTION), context.threads());
      context.progress().update("training", 1, 1);
      return m;
    }
  }

  /** Linear SVM. */
  public static final class SvmTrainer extends LinearTrainer {
    /** Creates the service. */
    public SvmTrainer() {}

    @Override
    LinearModel.Loss loss() {
      return LinearModel.Loss.SVM;
    }

    @Override
    public String summary() {
      return "linear SVM (LIBLINEAR) over TF-IDF word and character n-grams";
    }
  }

  /** Logistic regression. */
  public static final class LrTrainer extends LinearTrainer {
    /** Creates the service. */
    public LrTrainer() {}

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
