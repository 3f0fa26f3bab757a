package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Bag-of-n-gram settings, saved inside every model file that uses them.
 *
 * @param wordMinN lowest word n-gram order (segmenter tokens); {@code wordMaxN} 0 turns word n-grams off
 * @param wordMaxN highest word n-gram order, at most 5; 0 for no word n-grams
 * @param charMinN lowest character n-gram order (code points within whitespace-free runs of the text);
 *     {@code charMaxN} 0 turns character n-grams off
 * @param charMaxN highest character n-gram order, at most 8; 0 for no character n-grams
 * @param buckets 0 for a vocabulary of the training terms; otherwise the number of hash buckets (terms hashed
 *     with MurmurHash3 over their code points, {@code murmur3_32_codepoints} in the model file; no vocabulary
 *     stored)
 * @param minCount vocabulary only: keep terms in at least this many training documents
 * @param maxDf vocabulary only: keep terms in at most this fraction of training documents
 * @param weighting how a term's count in a document becomes its feature value
 * @param sublinear use {@code 1 + ln tf} instead of the count (COUNT and TFIDF weighting)
 * @param l2 scale each document's n-gram vector to unit Euclidean length
 * @param lowercase lower-case Latin letters (root locale) before n-grams are taken
 * @param selectK keep the {@code selectK} features with the highest chi-square score against the labels;
 *     0 keeps all
 */
public record FeatureConfig(int wordMinN, int wordMaxN, int charMinN, int charMaxN, int buckets, int minCount,
    double maxDf, Weighting weighting, boolean sublinear, boolean l2, boolean lowercase, int selectK) {
  /**
   * The version written. 2: a pipeline's vocabulary follows in the packed layout ({@code Vocabulary.write}); 1 (still
   * read): one {@code writeUTF} string a term.
   */
  static final int FORMAT_VERSION = 2;

  /**
   * Checks the settings.
   *
   * @param wordMinN lowest word n-gram order
   * @param wordMaxN highest word n-gram order, 0 for none
   * @param charMinN lowest character n-gram order
   * @param charMaxN highest character n-gram order, 0 for none
   * @param buckets hash buckets, 0 for a vocabulary
   * @param minCount vocabulary only: least number of training documents of a kept term
   * @param maxDf vocabulary only: largest fraction of training documents of a kept term
   * @param weighting how counts become feature values
   * @param sublinear {@code 1 + ln tf} instead of the count
   * @param l2 scale document vectors to unit length
   * @param lowercase lower-case Latin letters
   * @param selectK features kept by chi-square selection, 0 for all
   * @throws IllegalArgumentException when an n-gram order range is outside {@code 1 <= min <= max} (max at most 5
   *     for words, 8 for characters; max 0 turns a kind off), both kinds are off, {@code buckets} or
   *     {@code selectK} is negative, {@code minCount} is below 1, {@code maxDf} is outside {@code (0, 1]}, or
   *     {@code weighting} is null
   */
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

  /**
   * Whether word n-grams are on.
   *
   * @return {@code wordMaxN > 0}
   */
  public boolean words() {
    return wordMaxN > 0;
  }

  /**
   * Whether character n-grams are on.
   *
   * @return {@code charMaxN > 0}
   */
  public boolean chars() {
    return charMaxN > 0;
  }

  /**
   * Whether terms are hashed into buckets rather than looked up in a vocabulary.
   *
   * @return {@code buckets > 0}
   */
  public boolean hashing() {
    return buckets > 0;
  }

  /**
   * This configuration with other word n-gram orders.
   *
   * @param min the lowest order
   * @param max the highest order, 0 for no word n-grams
   * @return a new configuration
   * @throws IllegalArgumentException when the orders are invalid
   */
  public FeatureConfig withWords(int min, int max) {
    return new FeatureConfig(min, max, charMinN, charMaxN, buckets, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  /**
   * This configuration with other character n-gram orders.
   *
   * @param min the lowest order
   * @param max the highest order, 0 for no character n-grams
   * @return a new configuration
   * @throws IllegalArgumentException when the orders are invalid
   */
  public FeatureConfig withChars(int min, int max) {
    return new FeatureConfig(wordMinN, wordMaxN, min, max, buckets, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  /**
   * This configuration with another number of hash buckets.
   *
   * @param n the number of buckets, 0 for a vocabulary
   * @return a new configuration
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public FeatureConfig withBuckets(int n) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, n, minCount, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  /**
   * This configuration with another minimum document count for vocabulary terms.
   *
   * @param n the least number of training documents a kept term occurs in, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException when {@code n} is below 1
   */
  public FeatureConfig withMinCount(int n) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, n, maxDf, weighting, sublinear, l2,
        lowercase, selectK);
  }

  /**
   * This configuration with another chi-square selection size.
   *
   * @param k the number of features to keep, 0 for all
   * @return a new configuration
   * @throws IllegalArgumentException when {@code k} is negative
   */
  public FeatureConfig withSelectK(int k) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, minCount, maxDf, weighting, sublinear,
        l2, lowercase, k);
  }

  /**
   * This configuration with another weighting.
   *
   * @param w the weighting
   * @param sub whether term counts are sublinear ({@code 1 + ln tf})
   * @return a new configuration
   * @throws IllegalArgumentException when {@code w} is null
   */
  public FeatureConfig withWeighting(Weighting w, boolean sub) {
    return new FeatureConfig(wordMinN, wordMaxN, charMinN, charMaxN, buckets, minCount, maxDf, w, sub, l2,
        lowercase, selectK);
  }

  /**
   * Writes this configuration, with its format version and the name of the feature hash, for {@link #read}.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
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

  /**
   * Reads what {@link #write} wrote.
   *
   * @param in where to read
   * @return the configuration
   * @throws IOException when reading fails, or the format version or feature hash is not this code's, or the
   *     values are invalid
   */
  public static FeatureConfig read(DataInput in) throws IOException {
    readVersion(in);
    return readAfterVersion(in);
  }

  /** Reads the format version that starts a configuration: one this code reads, or an exception that says so. */
  static int readVersion(DataInput in) throws IOException {
    int version = in.readInt();
    if (version < 1 || version > FORMAT_VERSION) {
      throw new IOException("feature configuration version " + version + " is not supported (this fenlei reads 1 to "
          + FORMAT_VERSION + ")");
    }
    return version;
  }

  /** Reads the rest of a configuration, after its version (the fields are the same in versions 1 and 2). */
  static FeatureConfig readAfterVersion(DataInput in) throws IOException {
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
