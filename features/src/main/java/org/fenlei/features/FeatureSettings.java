package org.fenlei.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.segment.SegmenterConfig;

/**
 * The settings every bag-of-n-gram model shares (segmentation, n-grams, weighting, fused blocks), as typed
 * {@link Setting}s whose defaults are a kind's own: each key, its default, parser and help are written here once.
 */
public final class FeatureSettings {
  /** jieba's HMM for words missing from the dictionary. */
  public static final Setting<Boolean> HMM =
      Setting.bool("hmm", true, "jieba's HMM guesses words missing from the dictionary");

  private final Setting<int[]> ngrams;
  private final Setting<int[]> chars;
  private final Setting<Integer> buckets;
  private final Setting<Integer> minCount;
  private final Setting<Double> maxDf;
  private final Setting<String> weighting;
  private final Setting<Boolean> sublinear;
  private final Setting<Boolean> l2;
  private final Setting<Boolean> lowercase;
  private final Setting<Integer> selectK;
  private final Setting<String> fuse;
  private final Setting<Integer> lsi = Setting.integer("lsi", 100,
      "LSI components (randomized SVD of the TF-IDF matrix) when fuse names lsi").requiring(v -> v >= 1, "must be >= 1");
  private final Setting<Integer> lsiTerms = Setting.integer("lsi-terms", 20_000, "features LSI works on")
      .requiring(v -> v >= 1, "must be >= 1");
  private final Setting<Integer> lda = Setting.integer("lda", 50, "LDA topics (MALLET) when fuse names lda")
      .requiring(v -> v >= 1, "must be >= 1");
  private final Setting<Integer> ldaIterations = Setting.integer("lda-iterations", 200, "LDA Gibbs sweeps")
      .requiring(v -> v >= 1, "must be >= 1");
  private final Setting<String> vectors = Setting.text("vectors", null, "a fastText .vec file for embed");
  private final Setting<String> embed = Setting.choice("embed", "avg", "pooling of word vectors for embed", "avg",
      "max", "avg+max");
  private final Setting<String> lexicon = Setting.text("lexicon", null,
      "a file of 'word category' lines for lexicon counts");

  /**
   * The feature settings with a kind's defaults.
   *
   * @param d the kind's default feature configuration
   * @param defaultFuse the kind's default feature blocks, e.g. {@code ngrams}
   */
  public FeatureSettings(FeatureConfig d, String defaultFuse) {
    ngrams = orders("ngrams", d.wordMinN(), d.wordMaxN(), "word n-gram orders, N, MIN-MAX or 0 for none");
    chars = orders("chars", d.charMinN(), d.charMaxN(), "character n-gram orders, N, MIN-MAX or 0 for none");
    buckets = Setting.integer("buckets", d.buckets(), "hash features into this many buckets; 0 keeps a vocabulary")
        .requiring(v -> v >= 0, "must be >= 0");
    minCount = Setting.integer("min-count", d.minCount(), "vocabulary terms must occur in this many training documents")
        .requiring(v -> v >= 1, "must be >= 1");
    maxDf = Setting.real("max-df", d.maxDf(), "... and in at most this fraction of them")
        .requiring(v -> v > 0 && v <= 1, "must be in (0, 1]");
    weighting = Setting.choice("weighting", d.weighting().name().toLowerCase(Locale.ROOT),
        "tfidf (sublinear tf times smooth idf), count or binary", "tfidf", "count", "binary");
    sublinear = Setting.bool("sublinear", d.sublinear(), "1 + ln(tf) instead of tf");
    l2 = Setting.bool("l2", d.l2(), "scale each document vector to unit length");
    lowercase = Setting.bool("lowercase", d.lowercase(), "lower-case Latin letters");
    selectK = Setting.integer("select-k", d.selectK(), "keep the k features with the best chi-square score; 0 keeps all")
        .requiring(v -> v >= 0, "must be >= 0");
    fuse = Setting.of("fuse", defaultFuse, v -> {
      Fusion.names(v);
      return v;
    }, "a comma-separated list of ngrams, lsi, lda, embed, lexicon",
        "feature blocks to concatenate: ngrams, lsi, lda, embed, lexicon");
  }

  /**
   * Every feature setting, in help order.
   *
   * @return the settings
   */
  public List<Setting<?>> settings() {
    return List.of(ngrams, chars, buckets, minCount, maxDf, weighting, sublinear, l2, lowercase, selectK, HMM, fuse,
        lsi, lsiTerms, lda, ldaIterations, vectors, embed, lexicon);
  }

  /**
   * The segmenter the settings ask for.
   *
   * @param s validated settings
   * @return jieba, with or without its HMM
   */
  public static SegmenterConfig segmenter(Settings s) {
    return SegmenterConfig.jieba().withHmm(s.get(HMM));
  }

  /**
   * The feature configuration the settings ask for.
   *
   * @param s validated settings
   * @return the configuration
   * @throws org.fenlei.core.SettingsException when the values do not fit together
   */
  public FeatureConfig features(Settings s) {
    int[] w = s.get(ngrams);
    int[] c = s.get(chars);
    return Settings.validated(() -> new FeatureConfig(w[0], w[1], c[0], c[1], s.get(buckets), s.get(minCount),
        s.get(maxDf), Weighting.parse(s.get(weighting)), s.get(sublinear), s.get(l2), s.get(lowercase),
        s.get(selectK)));
  }

  /**
   * The feature blocks the settings ask for.
   *
   * @param s validated settings
   * @return the fusion
   * @throws org.fenlei.core.SettingsException when a block lacks its file (embed without vectors)
   */
  public Fusion fusion(Settings s) {
    String v = s.get(vectors);
    String lex = s.get(lexicon);
    return Settings.validated(() -> Fusion.parse(s.get(fuse), s.get(lsi), s.get(lsiTerms), s.get(lda),
        s.get(ldaIterations), v == null ? null : Path.of(v), s.get(embed), lex == null ? null : Path.of(lex)));
  }

  private static String orders(int min, int max) {
    return max == 0 ? "0" : min == max ? Integer.toString(min) : min + "-" + max;
  }

  /** {@code N}, {@code MIN-MAX}, or {@code 0} (off, as {1, 0}). */
  private static Setting<int[]> orders(String key, int min, int max, String help) {
    return Setting.<int[]>of(key, new int[] {min, max}, v -> {
      String[] parts = v.split("-", 2);
      int a = Integer.parseInt(parts[0].trim());
      int b = parts.length == 1 ? a : Integer.parseInt(parts[1].trim());
      if (a == 0 && b == 0) {
        return new int[] {1, 0};
      }
      if (a < 1 || b < a || b > 8) {
        throw new IllegalArgumentException(v);
      }
      return new int[] {a, b};
    }, "N, MIN-MAX (1 to 8) or 0", help).shownAs(orders(min, max));
  }
}
