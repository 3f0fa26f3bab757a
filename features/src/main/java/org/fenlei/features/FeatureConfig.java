package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Bag-of-word-n-gram settings: n-gram orders {@code minN..maxN} over segmenter tokens, vocabulary pruning
 * ({@code minCount} documents at least, at most a {@code maxDf} fraction of documents), the weighting, and
 * L2 normalisation. Saved inside every model file that uses it.
 */
public record FeatureConfig(int minN, int maxN, int minCount, double maxDf, Weighting weighting, boolean l2,
    boolean lowercase) {
  static final int FORMAT_VERSION = 1;

  public FeatureConfig {
    if (minN < 1 || maxN < minN || maxN > 5) {
      throw new IllegalArgumentException("word n-gram orders must satisfy 1 <= minN <= maxN <= 5: " + minN + ".." + maxN);
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
  }

  /** Word unigrams and bigrams, every term kept, sublinear TF-IDF, L2-normalised, Latin text lower-cased. */
  public FeatureConfig() {
    this(1, 2, 1, 1.0, Weighting.TFIDF, true, true);
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(FORMAT_VERSION);
    out.writeInt(minN);
    out.writeInt(maxN);
    out.writeInt(minCount);
    out.writeDouble(maxDf);
    out.writeUTF(weighting.name());
    out.writeBoolean(l2);
    out.writeBoolean(lowercase);
  }

  public static FeatureConfig read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("feature configuration version " + version + " is not supported (this fenlei reads "
          + FORMAT_VERSION + ")");
    }
    try {
      return new FeatureConfig(in.readInt(), in.readInt(), in.readInt(), in.readDouble(),
          Weighting.valueOf(in.readUTF()), in.readBoolean(), in.readBoolean());
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid feature configuration: " + e.getMessage(), e);
    }
  }
}
