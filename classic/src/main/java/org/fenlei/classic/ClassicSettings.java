package org.fenlei.classic;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.FeatureSettings;
import org.fenlei.features.TrainingData;

/**
 * The settings every classic kind takes after its own: the features (with the kind's defaults), the held-out
 * fraction for multi-label thresholds, resampling and the seed; and the training data they prepare.
 */
public final class ClassicSettings {
  /** Multi-label without --dev: the held-out fraction thresholds are tuned on. */
  public static final Setting<Double> DEV_FRACTION = Setting.real("dev-fraction", 0.1,
      "multi-label without --dev: held-out fraction of the training documents on which per-label thresholds are "
          + "tuned before training on all of them (0: thresholds stay 0.5)").requiring(v -> v >= 0 && v < 1,
      "must be in [0, 1)");
  /** Class rebalancing. */
  public static final Setting<String> RESAMPLE = Setting.choice("resample", "none",
      "over or under: rebalance classes (by first label) by repeating or dropping documents", "none", "over", "under");
  /** The random seed. */
  public static final Setting<Long> SEED = Setting.longInteger("seed", 1, "random seed (held-out split, "
      + "resampling, solver order)");

  private final FeatureSettings features;

  /**
   * The settings with a kind's feature defaults.
   *
   * @param defaults the kind's default features
   * @param defaultFuse the kind's default feature blocks
   */
  public ClassicSettings(FeatureConfig defaults, String defaultFuse) {
    this.features = new FeatureSettings(defaults, defaultFuse);
  }

  /**
   * The kind's own settings followed by the shared ones.
   *
   * @param own the kind's settings
   * @return every setting, in help order
   */
  public List<Setting<?>> with(List<Setting<?>> own) {
    List<Setting<?>> all = new ArrayList<>(own);
    all.addAll(features.settings());
    all.addAll(List.of(DEV_FRACTION, RESAMPLE, SEED));
    return List.copyOf(all);
  }

  /**
   * Segments and vectorises the training documents as the settings say, then resamples them.
   *
   * @param train the documents
   * @param s validated settings
   * @param c threads, multi-label, progress
   * @return the training data
   */
  public TrainingData prepare(List<Document> train, Settings s, ModelTrainer.Context c) {
    long seed = s.get(SEED);
    var segmenter = FeatureSettings.segmenter(s);
    var config = features.features(s);
    var fusion = features.fusion(s);
    c.progress().update("features", 0, train.size());
    TrainingData data = TrainingData.prepare(train, segmenter, config, fusion, c.forceMultiLabel(), c.threads(), seed);
    c.progress().update("features", train.size(), train.size());
    return data.resample(s.get(RESAMPLE), seed);
  }
}
