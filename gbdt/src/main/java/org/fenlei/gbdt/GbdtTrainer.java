package org.fenlei.gbdt;

import java.util.List;
import org.fenlei.classic.ClassicSettings;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.TrainingData;

/** The {@code gbdt} kind as a {@link ModelTrainer} service: gradient-boosted trees over fused dense features. */
public final class GbdtTrainer implements ModelTrainer {
  /**
   * A 300-feature chi-square slice of word and character n-grams, fused with LSI and LDA blocks: better and faster
   * than a 1,000-feature slice on both datasets measured (BENCHMARKS.md); trees overfit a wide sparse slice.
   */
  static final FeatureConfig FEATURES = new FeatureConfig().withChars(1, 2).withMinCount(2).withSelectK(300);
  static final String FUSE = "ngrams,lsi,lda";
  static final ClassicSettings COMMON = new ClassicSettings(FEATURES, FUSE);
  private static final GradientBoosting.Options D = new GradientBoosting.Options();
  static final Setting<Integer> TREES = Setting.integer("trees", D.trees(), "boosting rounds")
      .requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Integer> MAX_DEPTH = Setting.integer("max-depth", D.maxDepth(), "tree depth")
      .requiring(v -> v >= 2, "must be >= 2");
  static final Setting<Integer> MAX_NODES = Setting.integer("max-nodes", D.maxNodes(), "leaves a tree")
      .requiring(v -> v >= 2, "must be >= 2");
  static final Setting<Integer> NODE_SIZE = Setting.integer("node-size", D.nodeSize(), "documents a leaf")
      .requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Double> SHRINKAGE = Setting.real("shrinkage", D.shrinkage(), "learning rate")
      .requiring(v -> v > 0 && v <= 1, "must be in (0, 1]");
  static final Setting<Double> SUBSAMPLE = Setting.real("subsample", D.subsample(), "documents a tree sees")
      .requiring(v -> v > 0 && v <= 1, "must be in (0, 1]");
  static final List<Setting<?>> SETTINGS =
      COMMON.with(List.of(TREES, MAX_DEPTH, MAX_NODES, NODE_SIZE, SHRINKAGE, SUBSAMPLE));

  /** Creates the service. */
  public GbdtTrainer() {}

  @Override
  public String kind() {
    return GradientBoosting.KIND;
  }

  @Override
  public String summary() {
    return "gradient-boosted trees (Smile, GPL-3.0) over fused features: n-gram slice, LSI, LDA, embeddings, lexicon";
  }

  @Override
  public List<Setting<?>> settings() {
    return SETTINGS;
  }

  @Override
  public TextClassifier train(List<Document> train, List<Document> dev, Settings s, Context c) {
    GradientBoosting.Options options = Settings.validated(() -> new GradientBoosting.Options(s.get(TREES),
        s.get(MAX_DEPTH), s.get(MAX_NODES), s.get(NODE_SIZE), s.get(SHRINKAGE), s.get(SUBSAMPLE)));
    TrainingData data = COMMON.prepare(train, s, c);
    c.progress().update("training", 0, 1);
    TextClassifier m = GradientBoosting.fit(data, options, dev, s.get(ClassicSettings.DEV_FRACTION), c.threads(),
        s.get(ClassicSettings.SEED));
    c.progress().update("training", 1, 1);
    return m;
  }
}
