package org.fenlei.features;

import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import java.util.List;
import java.util.Locale;
import org.fenlei.segment.SegmenterConfig;

/** The settings every bag-of-n-gram model shares: segmentation and features. */
public final class FeatureSettings {
  private FeatureSettings() {}

  /** Help lines of the keys {@link #segmenter} and {@link #features} read. */
  public static List<String> help(FeatureConfig d) {
    return List.of(
        "ngrams (" + orders(d.wordMinN(), d.wordMaxN()) + "): word n-gram orders, N, MIN-MAX or 0 for none",
        "chars (" + orders(d.charMinN(), d.charMaxN()) + "): character n-gram orders, N, MIN-MAX or 0 for none",
        "buckets (" + d.buckets() + "): hash features into this many buckets; 0 keeps a vocabulary",
        "min-count (" + d.minCount() + "): vocabulary terms must occur in this many training documents",
        "max-df (" + d.maxDf() + "): ... and in at most this fraction of them",
        "weighting (" + d.weighting().name().toLowerCase(Locale.ROOT) + "): tfidf, count or binary",
        "sublinear (" + d.sublinear() + "): 1 + ln(tf) instead of tf",
        "l2 (" + d.l2() + "): scale each document vector to unit length",
        "lowercase (" + d.lowercase() + "): lower-case Latin letters",
        "select-k (" + d.selectK() + "): keep the k features with the best chi-square score; 0 keeps all",
        "hmm (true): jieba's HMM guesses words missing from the dictionary",
        "fuse (ngrams): feature blocks to concatenate: ngrams, lsi, lda, embed, lexicon",
        "lsi (100): LSI components (randomized SVD of the TF-IDF matrix); lsi-terms (20000): features it uses",
        "lda (50): LDA topics (MALLET); lda-iterations (200): Gibbs sweeps",
        "vectors (none): a fastText .vec file for embed; embed (avg): avg, max or avg+max",
        "lexicon (none): a file of 'word category' lines for lexicon counts");
  }

  private static String orders(int min, int max) {
    return max == 0 ? "0" : min == max ? Integer.toString(min) : min + "-" + max;
  }

  public static SegmenterConfig segmenter(Settings s) {
    return SegmenterConfig.jieba().withHmm(s.bool("hmm", true));
  }

  /** {@code d} changed by the settings' feature keys. */
  public static FeatureConfig features(Settings s, FeatureConfig d) {
    int[] words = orders(s, "ngrams", d.wordMinN(), d.wordMaxN());
    int[] chars = orders(s, "chars", d.charMinN(), d.charMaxN());
    try {
      return new FeatureConfig(words[0], words[1], chars[0], chars[1], s.integer("buckets", d.buckets()),
          s.integer("min-count", d.minCount()), s.real("max-df", d.maxDf()),
          Weighting.parse(s.string("weighting", d.weighting().name().toLowerCase(Locale.ROOT))),
          s.bool("sublinear", d.sublinear()), s.bool("l2", d.l2()), s.bool("lowercase", d.lowercase()),
          s.integer("select-k", d.selectK()));
    } catch (SettingsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  /** The feature blocks named by the {@code fuse} setting (default: the n-grams alone). */
  public static Fusion fusion(Settings s) {
    return fusion(s, "ngrams");
  }

  /** The feature blocks named by the {@code fuse} setting, {@code defaultFuse} when it is absent. */
  public static Fusion fusion(Settings s, String defaultFuse) {
    String vectors = s.string("vectors", null);
    String lexicon = s.string("lexicon", null);
    try {
      return Fusion.parse(s.string("fuse", defaultFuse), s.integer("lsi", 100), s.integer("lsi-terms", 20_000),
          s.integer("lda", 50), s.integer("lda-iterations", 200), vectors == null ? null : java.nio.file.Path.of(vectors),
          s.string("embed", "avg"), lexicon == null ? null : java.nio.file.Path.of(lexicon));
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  /** {@code N}, {@code MIN-MAX}, or {@code 0} (off). */
  private static int[] orders(Settings s, String key, int min, int max) {
    String v = s.string(key, orders(min, max));
    try {
      String[] parts = v.split("-", 2);
      int a = Integer.parseInt(parts[0].trim());
      int b = parts.length == 1 ? a : Integer.parseInt(parts[1].trim());
      return a == 0 && b == 0 ? new int[] {1, 0} : new int[] {a, b};
    } catch (NumberFormatException e) {
      throw new SettingsException("setting " + key + " expects N, MIN-MAX or 0, got '" + v + "'");
    }
  }
}
