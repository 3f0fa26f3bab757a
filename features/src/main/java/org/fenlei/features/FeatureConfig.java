package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Bag-of-n-gram settings, saved inside every model file that uses them.
 *
 * @param wordMinN lowest word n-gram order (segmenter tokens); {@code wordMaxN} 0 turns word n-grams off
 * @param charMinN lowest character n-gram order (code points within whitespace-free runs of the text);
 *     {@code charMaxN} 0 turns character n-grams off
 * @param buckets 0 for a vocabulary of the training terms; otherwise the number of hash buckets (terms hashed
 *     with {@link TermHash#murmur3CodePoints}, no vocabulary stored)
 * @param minCount vocabulary only: keep terms in at least this many training documents
 * @param maxDf vocabulary only: keep terms in at most this fraction of training documents
 * @param sublinear use {@code 1 + ln tf} instead of the count (COUNT and TFIDF weighting)
 * @param selectK keep the {@code selectK} features with the highest chi-square score against the labels;
 *     0 keeps all
 */
public record FeatureConfig(int wordMinN, int wordMaxN, int charMinN, int charMaxN, int buckets, int minCount,
    double maxDf, Weighting weighting, boolean sublinear, boolean l2, boolean lowercase, int selectK) {
  static final int FORMAT_VERSION = 1;

  public FeatureConfig {
    checkOrders("word", wordMinN, wordMaxN, 5);
    checkOrders("character", charMinN, charMaxN, 8);
    if (wordMaxN == 0 && charMaxN == 0) {
      throw new IllegalArgumentException("neither word nor character n-grams are on");
    }
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets must be >= 0 (0 = vocabulary): " + buckets);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1: " + minCount);
    }
    if (!(maxDf > 0 && maxDf <= 1)) {
      throw new IllegalArgumentException("maxDf must be in (0, 1]: " + maxDf);
    }
    if (weighting == null) {
      throw new IllegalArgumentException("weighting is required");
    }
    if (selectK < 0) {
      throw new IllegalArgumentException("selectK must be >= 0 (0 = keep all): " + selectK);
    }
  }

  private static void checkOrders(String what, int min, int max, int limit) {
    if (max == 0) {
      return;
    }
    if (min < 1 || max < min || max > limit) {
      throw new IllegalArgumentException(what + " n-gram orders must satisfy 1 <= min <= max <= " + limit + ": "
          + min + ".." + max);
    }
  }

  /** Word unigrams and bigrams, vocabulary, sublinear TF-IDF, L2-normalised, Latin text lower-cased. */
  public FeatureConfig() {
    this(1, 2, 1, 0, 0, 1, 1.0, Weighting.TFIDF, true, true, true, 0);
  }

  public boolean words() {
    return wordMaxN > 0;
  }

  public boolean chars() {
    return charMaxN > 0;
  }

  public boolean hashing() {
    return buckets > 0;
  }

  public FeatureConfig withWords(int min, int max) {
    return new FeatureConfig(min, max, charMinN, charMaxN, buckets, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  public FeatureConfig withChars(int min, int max) {
    return new FeatureConfig(wordMinN, wordMaxN, min, max, buckets, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  public FeatureConfig withBuckets(int n) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, n, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  public FeatureConfig withMinCount(int n) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, n, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  public FeatureConfig withSelectK(int k) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, minCount, maxDf, weighting, sublinear,
        l2, lowercase, k);
  }

  public FeatureConfig withWeighting(Weighting w, boolean sub) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, minCount, maxDf, w, sub, l2,
        lowercase, selectK);
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(FORMAT_VERSION);
    out.writeInt(wordMinN);
    out.writeInt(wordMaxN);
    out.writeInt(charMinN);
    out.writeInt(charMaxN);
    out.writeInt(buckets);
    out.writeUTF(TermHash.NAME); // the hash is part of the format: a reader checks it is the one it knows
    out.writeInt(minCount);
    out.writeDouble(maxDf);
    out.writeUTF(weighting.name());
    out.writeBoolean(sublinear);
    out.writeBoolean(l2);
    out.writeBoolean(lowercase);
    out.writeInt(selectK);
  }

  public static FeatureConfig read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("feature configuration version " + version + " is not supported (this fenlei reads "
          + FORMAT_VERSION + ")");
    }
    int wordMinN = in.readInt();
    int wordMaxN = in.readInt();
    int charMinN = in.readInt();
    int charMaxN = in.readInt();
    int buckets = in.readInt();
    String hash = in.readUTF();
    if (!hash.equals(TermHash.NAME)) {
      throw new IOException("feature hash '" + hash + "' is not known to this fenlei (it knows " + TermHash.NAME + ")");
    }
    try {
      return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, in.readInt(), in.readDouble(),
          Weighting.valueOf(in.readUTF()), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readInt());
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid feature configuration: " + e.getMessage(), e);
    }
  }
}
